package com.arizon.chat.room.entity;

/** The four kinds of room of the seed. */
public enum RoomType {
    DIRECT, GROUP, CHANNEL, SUPPORT
}
