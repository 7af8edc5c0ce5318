package com.arizon.chat.room.control;

import com.arizon.chat.platform.database.ResultColumns;
import com.arizon.chat.platform.paging.PageRequest;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.room.entity.RoomType;
import com.arizon.chat.user.control.Presence;
import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of rooms: lists with counts, last messages and unread counts, in a fixed number of
 * queries whatever the number of rooms.
 */
@ApplicationScoped
public class RoomQueries {

    private static final Comparator<ParticipantView> MEMBER_LIST_ORDER = Comparator
            .comparing(ParticipantView::role)
            .thenComparing(ParticipantView::joinedAt)
            .thenComparing(ParticipantView::id);

    private static final String ROOMS_OF_USER = "SELECT r.id, r.name, r.description, r.type, r.is_private,"
            + " r.max_members, r.is_active, r.created_by, r.created_at, r.updated_at, r.last_activity_at,"
            + " (SELECT COUNT(*) FROM participants pc WHERE pc.room_id = r.id),"
            + " (SELECT COUNT(*) FROM messages m WHERE m.room_id = r.id AND m.seq > p.last_read_seq"
            + " AND m.sender_id <> ?1 AND m.is_deleted = FALSE),"
            + " " + LastMessage.SELECTED_COLUMNS
            + " FROM rooms r JOIN participants p ON p.room_id = r.id"
            + " LEFT JOIN messages lm ON lm.room_id = r.id AND lm.seq = r.last_message_seq"
            + " LEFT JOIN users u ON u.id = lm.sender_id"
            + " WHERE p.user_id = ?1 ORDER BY r.last_activity_at DESC, r.id DESC LIMIT ?2 OFFSET ?3";

    @PersistenceContext
    EntityManager em;

    @Inject
    Presence presence;

    /**
     * A page of the user's rooms as list views, newest activity first: each with its participant
     * count, last message and the user's unread count, in one round trip. One row more than asked,
     * to tell if more exist.
     *
     * <p>Native SQL because this is the read every client makes most: EclipseLink prepares a JPQL
     * query anew (normalises its expressions, prints its SQL) whenever a row limit is set on it, and
     * builds three entities a row; together about 9% of the server's CPU for a room list.
     */
    public List<RoomView> viewsOf(String userId, PageRequest page) {
        List<?> rows = em.createNativeQuery(ROOMS_OF_USER)
                .setParameter(1, userId)
                .setParameter(2, page.limit() + 1)
                .setParameter(3, page.offset())
                .getResultList();
        return rows.stream().map(row -> listed(new ResultColumns(row))).toList();
    }

    /** A row of {@link #ROOMS_OF_USER}. */
    private static RoomView listed(ResultColumns column) {
        return new RoomView(column.string(), column.string(), column.string(), column.enumValue(RoomType.class),
                column.bool(), (int) column.number(), column.bool(), column.string(), column.instant(),
                column.instant(), column.instant(), column.number(), column.number(), null,
                LastMessage.of(column), null);
    }

    public List<Room> publicRooms(PageRequest page) {
        return em.createQuery("SELECT r FROM Room r WHERE r.isPrivate = false AND r.isActive = true"
                        + " ORDER BY r.lastActivityAt DESC, r.id DESC", Room.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit() + 1)
                .getResultList();
    }

    /** List views of these rooms, with participant count and last message. */
    public List<RoomView> views(List<Room> rooms) {
        if (rooms.isEmpty()) {
            return List.of();
        }
        List<String> ids = rooms.stream().map(Room::id).toList();
        Map<String, Long> counts = participantCounts(ids);
        Map<String, LastMessage> lastMessages = lastMessages(ids);
        return rooms.stream()
                .map(room -> RoomView.of(room, counts.getOrDefault(room.id(), 0L), lastMessages.get(room.id())))
                .toList();
    }

    public RoomView view(Room room) {
        return views(List.of(room)).get(0);
    }

    /** Which of these rooms the user has joined. */
    public List<String> joinedAmong(String userId, Collection<String> roomIds) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p.roomId FROM Participant p WHERE p.userId = :user AND p.roomId IN :rooms",
                        String.class)
                .setParameter("user", userId)
                .setParameter("rooms", roomIds)
                .getResultList();
    }

    /** The members of a room, strongest room role first, then longest-standing, with their online status. */
    public List<ParticipantView> participants(String roomId) {
        return em.createQuery("SELECT p, u FROM Participant p, User u WHERE u.id = p.userId AND p.roomId = :room",
                        Object[].class)
                .setParameter("room", roomId)
                .getResultList()
                .stream()
                .map(row -> ParticipantView.of((Participant) row[0], (User) row[1],
                        presence.isOnline(((User) row[1]).id())))
                .sorted(MEMBER_LIST_ORDER)
                .toList();
    }

    public long participantCount(String roomId) {
        return em.createQuery("SELECT COUNT(p) FROM Participant p WHERE p.roomId = :room", Long.class)
                .setParameter("room", roomId)
                .getSingleResult();
    }

    private Map<String, Long> participantCounts(List<String> roomIds) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT p.roomId, COUNT(p) FROM Participant p WHERE p.roomId IN :rooms GROUP BY p.roomId",
                        Object[].class)
                .setParameter("rooms", roomIds)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private Map<String, LastMessage> lastMessages(List<String> roomIds) {
        Map<String, LastMessage> last = new HashMap<>();
        em.createQuery("SELECT m.roomId, " + LastMessage.selected("m") + ", u FROM Message m, Room r, User u"
                        + " WHERE m.roomId = r.id AND m.seq = r.lastMessageSeq AND u.id = m.senderId AND r.id IN :rooms",
                        Object[].class)
                .setParameter("rooms", roomIds)
                .getResultList()
                .forEach(row -> last.put((String) row[0], LastMessage.of(row, 1)));
        return last;
    }
}
