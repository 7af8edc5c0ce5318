package com.arizon.chat.room.control;

import com.arizon.chat.room.entity.Room;

/**
 * Writes the SYSTEM message announcing a change in a room ("alice joined the room"), in the caller's
 * transaction, the caller holding the room's row lock. Owned here, implemented by the message feature,
 * so rooms depend on no message type.
 */
public interface RoomAnnouncements {

    Announcement announce(Room lockedRoom, String actorId, String text);

    /** The SYSTEM message written: where members' read markers start. */
    record Announcement(String messageId, long seq) {
    }
}
