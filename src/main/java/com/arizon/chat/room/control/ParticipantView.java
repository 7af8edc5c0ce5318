package com.arizon.chat.room.control;

import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import com.arizon.chat.user.entity.User;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A member of a room as its member list shows them. */
@JsonbPropertyOrder({"id", "username", "firstName", "lastName", "avatar", "role", "joinedAt", "isOnline",
    "mutedUntil", "lastReadMessageId"})
public record ParticipantView(String id, String username, String firstName, String lastName, String avatar,
        ParticipantRole role, Instant joinedAt, boolean isOnline, Instant mutedUntil, String lastReadMessageId) {

    public static ParticipantView of(Participant participant, User user, boolean isOnline) {
        return new ParticipantView(user.id(), user.username(), user.firstName(), user.lastName(), user.avatar(),
                participant.role(), participant.joinedAt(), isOnline, participant.mutedUntil(),
                participant.lastReadMessageId());
    }
}
