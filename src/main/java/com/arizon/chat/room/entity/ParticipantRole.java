package com.arizon.chat.room.entity;

/** Room roles, strongest first: each one holds every right of those after it. */
public enum ParticipantRole {
    OWNER, ADMIN, MODERATOR, MEMBER;

    public boolean isAtLeast(ParticipantRole other) {
        return ordinal() <= other.ordinal();
    }

    public boolean outranks(ParticipantRole other) {
        return ordinal() < other.ordinal();
    }
}
