package com.arizon.chat.room.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import com.arizon.chat.room.entity.Room;
import java.util.Optional;

/** A room the caller can see, with their membership (if any) and the room role they act with. */
public record RoomContext(Room room, Optional<Participant> participant, Optional<ParticipantRole> actingRole) {

    public boolean actsAtLeast(ParticipantRole role) {
        return actingRole.map(acting -> acting.isAtLeast(role)).orElse(false);
    }

    public void requireActingRole(ParticipantRole role) {
        if (!actsAtLeast(role)) {
            throw new ChatException(ErrorCode.FORBIDDEN, "This needs room role " + role + " or higher");
        }
    }
}
