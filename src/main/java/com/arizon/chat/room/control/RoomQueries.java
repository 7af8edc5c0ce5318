package com.arizon.chat.room.control;

import com.arizon.chat.platform.api.PageRequest;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.Room;
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

    @PersistenceContext
    EntityManager em;

    @Inject
    Presence presence;

    /**
     * A page of the user's rooms as list views, newest activity first: each with its participant
     * count, last message and the user's unread count, in one round trip. One row more than asked,
     * to tell if more exist.
     */
    public List<RoomView> viewsOf(String userId, PageRequest page) {
        return em.createQuery("SELECT r,"
                        + " (SELECT COUNT(pc) FROM Participant pc WHERE pc.roomId = r.id),"
                        + " (SELECT COUNT(m) FROM Message m WHERE m.roomId = r.id AND m.seq > p.lastReadSeq"
                        + " AND m.senderId <> :user AND m.isDeleted = false),"
                        + " " + LastMessage.selected("lm") + ", sender"
                        + " FROM Room r JOIN Participant p ON p.roomId = r.id"
                        + " LEFT JOIN Message lm ON lm.roomId = r.id AND lm.seq = r.lastMessageSeq"
                        + " LEFT JOIN User sender ON sender.id = lm.senderId"
                        + " WHERE p.userId = :user ORDER BY r.lastActivityAt DESC, r.id DESC", Object[].class)
                .setParameter("user", userId)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit() + 1)
                .getResultList()
                .stream()
                .map(row -> RoomView.of((Room) row[0], ((Number) row[1]).longValue(),
                                row[3] == null ? null : LastMessage.of(row, 3))
                        .withUnreadCount(((Number) row[2]).longValue()))
                .toList();
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
