package com.arizon.chat.room.entity;

import com.arizon.chat.platform.database.CompositeKey;

/** The primary key of rows that tie one user to one room: participants and bans. */
public class RoomUserKey extends CompositeKey {

    private String roomId;
    private String userId;

    public static RoomUserKey of(String roomId, String userId) {
        RoomUserKey key = new RoomUserKey();
        key.roomId = roomId;
        key.userId = userId;
        return key;
    }

    @Override
    protected Object[] components() {
        return new Object[] {roomId, userId};
    }
}
