package com.arizon.chat.room.control;

import com.arizon.chat.platform.Clock;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.text.CleanText;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.room.entity.RoomType;
import com.arizon.chat.room.entity.RoomUserKey;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who may see a room and what they may do in it (contract sections 3 and 8.1). Every service asks
 * here, so the rules hold on every transport.
 */
@ApplicationScoped
public class RoomAccess {

    @PersistenceContext
    EntityManager em;

    /** The room if the caller may see it; otherwise, existing or not, {@code CHAT_ROOM_NOT_FOUND}. */
    public RoomContext visible(Caller caller, String roomId) {
        return visible(caller, roomId, LockModeType.NONE);
    }

    /** As {@link #visible}, holding the room's row lock until the transaction ends. */
    public RoomContext visibleLocked(Caller caller, String roomId) {
        return visible(caller, roomId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The caller's membership, or {@code NOT_PARTICIPANT} (after visibility, so nothing leaks). */
    public Participant requireParticipant(RoomContext context) {
        return context.participant().orElseThrow(() ->
                new ChatException(ErrorCode.NOT_PARTICIPANT, "You are not a participant of this room"));
    }

    /** Muted participants may not write in the room (send, edit, react) until their mute ends. */
    public void requireNotMuted(Participant participant) {
        if (participant.isMuted(Clock.now())) {
            throw new ChatException(ErrorCode.MESSAGE_SEND_FAILED, "You are muted in this room until "
                    + participant.mutedUntil());
        }
    }

    public void requireActive(Room room) {
        if (!room.isActive()) {
            throw new ChatException(ErrorCode.ROOM_INACTIVE, "This room is deactivated");
        }
    }

    public Optional<Participant> membership(String roomId, String userId) {
        return Optional.ofNullable(em.find(Participant.class, key(roomId, userId)));
    }

    private RoomContext visible(Caller caller, String roomId, LockModeType lock) {
        Optional<Found> found = find(roomId, caller.userId(), lock);
        if (found.isEmpty() || !canSee(caller, found.get().room(), found.get().participant().isPresent())) {
            throw new ChatException(ErrorCode.CHAT_ROOM_NOT_FOUND, "Chat room not found");
        }
        Optional<Participant> participant = found.get().participant();
        return new RoomContext(found.get().room(), participant, effectiveRole(caller, participant));
    }

    private record Found(Room room, Optional<Participant> participant) {
    }

    private Optional<Found> find(String roomId, String userId, LockModeType lock) {
        if (!isRoomId(roomId)) {
            return Optional.empty();
        }
        return lock == LockModeType.NONE ? find(roomId, userId) : findLocked(roomId, userId, lock);
    }

    /**
     * The room and the caller's membership in one round trip, the read every room request starts
     * with. It comes first in its transaction, or after writes to other tables (a batch's messages),
     * so it need not flush them.
     */
    private Optional<Found> find(String roomId, String userId) {
        return em.createQuery("SELECT r, p FROM Room r LEFT JOIN Participant p ON p.roomId = r.id AND p.userId = :user"
                        + " WHERE r.id = :room", Object[].class)
                .setParameter("room", roomId)
                .setParameter("user", userId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst()
                .map(row -> new Found((Room) row[0], Optional.ofNullable((Participant) row[1])));
    }

    /** PostgreSQL locks no row on the nullable side of an outer join: the locked room, then the membership. */
    private Optional<Found> findLocked(String roomId, String userId, LockModeType lock) {
        return Optional.ofNullable(em.find(Room.class, roomId, lock))
                .map(room -> new Found(room, membership(roomId, userId)));
    }

    private static boolean isRoomId(String roomId) {
        if (roomId == null || roomId.length() > 64) {
            return false;
        }
        if (!CleanText.isClean(roomId)) {
            throw ChatException.validation("roomId", "contains U+0000 or an unpaired surrogate");
        }
        return true;
    }

    static boolean canSee(Caller caller, Room room, boolean isParticipant) {
        if (isParticipant || caller.isAdmin()) {
            return true;
        }
        if (room.type() == RoomType.DIRECT) {
            return DirectRooms.isMember(room.directKey(), caller.userId());
        }
        return room.isPrivate() ? caller.can(Permission.CHATS_JOIN_PRIVATE) : caller.can(Permission.CHATS_READ);
    }

    /**
     * The role the caller acts with: their membership's, raised to MODERATOR by chats:moderate and to
     * ADMIN by the global ADMIN role.
     */
    static Optional<ParticipantRole> effectiveRole(Caller caller, Optional<Participant> participant) {
        Optional<ParticipantRole> role = participant.map(Participant::role);
        if (caller.isAdmin()) {
            role = Optional.of(strongest(role, ParticipantRole.ADMIN));
        }
        if (caller.can(Permission.CHATS_MODERATE)) {
            role = Optional.of(strongest(role, ParticipantRole.MODERATOR));
        }
        return role;
    }

    private static ParticipantRole strongest(Optional<ParticipantRole> current, ParticipantRole floor) {
        return current.filter(role -> role.isAtLeast(floor)).orElse(floor);
    }

    private static RoomUserKey key(String roomId, String userId) {
        return RoomUserKey.of(roomId, userId);
    }
}
