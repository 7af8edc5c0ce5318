package com.arizon.chat.room.control;

/** A room's settings changed (committed); pushed as {@code room_updated {room}}. */
public record RoomUpdated(RoomView room) {
}
