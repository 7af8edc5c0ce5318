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
        Room room = findRoom(roomId, lock);
        Optional<Participant> participant = room == null ? Optional.empty() : membership(room.id(), caller.userId());
        if (room == null || !canSee(caller, room, participant.isPresent())) {
            throw new ChatException(ErrorCode.CHAT_ROOM_NOT_FOUND, "Chat room not found");
        }
        return new RoomContext(room, participant, effectiveRole(caller, participant));
    }

    private Room findRoom(String roomId, LockModeType lock) {
        if (roomId == null || roomId.length() > 64) {
            return null;
        }
        if (!CleanText.isClean(roomId)) {
            throw ChatException.validation("roomId", "contains U+0000 or an unpaired surrogate");
        }
        return em.find(Room.class, roomId, lock);
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
