package com.arizon.chat.room.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what to participants (contract 8.15). Adding, changing roles, kicking and banning take
 * room OWNER or ADMIN, or {@code chats:moderate} (global ADMIN acts as room ADMIN); muting takes room
 * MODERATOR or more. Nobody acts on a stronger room role than the one they act with, and the OWNER
 * can be neither kicked, banned, muted nor demoted: ownership only moves by hand-over.
 */
final class ParticipantRules {

    private ParticipantRules() {
    }

    /** Add, change role, kick, ban. */
    static void requireMayManage(Optional<ParticipantRole> acting, boolean holdsModerate) {
        if (!holdsModerate && !acting.map(role -> role.isAtLeast(ParticipantRole.ADMIN)).orElse(false)) {
            throw new ChatException(ErrorCode.FORBIDDEN, "Managing participants needs room role ADMIN or OWNER");
        }
    }

    static void requireMayMute(Optional<ParticipantRole> acting) {
        if (!acting.map(role -> role.isAtLeast(ParticipantRole.MODERATOR)).orElse(false)) {
            throw new ChatException(ErrorCode.FORBIDDEN, "Muting needs room role MODERATOR or higher");
        }
    }

    /** The target's current room role must not outrank the actor's; the OWNER is never a target. */
    static void requireMayActOn(Optional<ParticipantRole> acting, ParticipantRole target, String action) {
        if (target == ParticipantRole.OWNER) {
            throw new ChatException(ErrorCode.FORBIDDEN, "The room OWNER cannot be " + action);
        }
        if (acting.isEmpty() || target.outranks(acting.get())) {
            throw new ChatException(ErrorCode.FORBIDDEN, "A " + target + " cannot be " + action
                    + " by someone acting as " + acting.map(Enum::name).orElse("a non-member"));
        }
    }

    /**
     * A role up to the actor's own may be given; OWNER only by the OWNER, who hands the room over
     * with it.
     */
    static void requireMayGrant(Optional<ParticipantRole> acting, ParticipantRole granted) {
        if (acting.isEmpty() || granted.outranks(acting.get())) {
            throw new ChatException(ErrorCode.FORBIDDEN, "Only a room " + granted + " or higher can grant "
                    + granted);
        }
    }

    /**
     * Who becomes OWNER when the OWNER leaves: the longest-standing ADMIN, otherwise the
     * longest-standing remaining participant of any role. {@code remaining} is in join order.
     */
    static Participant heirOf(List<Participant> remaining) {
        return remaining.stream()
                .filter(participant -> participant.role() == ParticipantRole.ADMIN)
                .findFirst()
                .orElse(remaining.get(0));
    }
}
