package com.arizon.chat.message.entity;

/** Message kinds of the seed; SYSTEM is written by the server only. */
public enum MessageType {
    TEXT, IMAGE, FILE, VOICE, VIDEO, SYSTEM;

    public boolean isMedia() {
        return this == IMAGE || this == FILE || this == VOICE || this == VIDEO;
    }
}
