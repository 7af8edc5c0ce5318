package com.arizon.chat.room.control;

/** A room was deleted for good (committed); pushed as {@code room_deleted {roomId}}. */
public record RoomDeleted(String roomId) {
}
