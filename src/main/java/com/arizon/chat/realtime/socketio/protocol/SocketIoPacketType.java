package com.arizon.chat.realtime.socketio.protocol;

import java.util.Optional;

/** Socket.IO v5 packet types, each written as its single-digit id. */
public enum SocketIoPacketType {
    CONNECT('0'),
    DISCONNECT('1'),
    EVENT('2'),
    ACK('3'),
    CONNECT_ERROR('4'),
    BINARY_EVENT('5'),
    BINARY_ACK('6');

    private final char code;

    SocketIoPacketType(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    /** Whether packets of this type are followed by binary attachments. */
    public boolean isBinary() {
        return this == BINARY_EVENT || this == BINARY_ACK;
    }

    /** Whether packets of this type may carry an acknowledgement id. */
    public boolean carriesAckId() {
        return this == EVENT || this == ACK || this == BINARY_EVENT || this == BINARY_ACK;
    }

    public static Optional<SocketIoPacketType> fromCode(char code) {
        for (SocketIoPacketType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
