package com.arizon.chat.realtime.socketio.protocol;

import java.util.Optional;

/** Engine.IO v4 packet types, each written as its single-digit id. */
public enum EngineIoPacketType {
    OPEN('0'),
    CLOSE('1'),
    PING('2'),
    PONG('3'),
    MESSAGE('4'),
    UPGRADE('5'),
    NOOP('6');

    private final char code;

    EngineIoPacketType(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static Optional<EngineIoPacketType> fromCode(char code) {
        for (EngineIoPacketType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
