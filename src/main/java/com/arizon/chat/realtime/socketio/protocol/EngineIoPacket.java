package com.arizon.chat.realtime.socketio.protocol;

import java.util.Arrays;
import java.util.Objects;

/** One Engine.IO packet: a typed text packet, or a binary message. */
public sealed interface EngineIoPacket permits EngineIoPacket.Text, EngineIoPacket.Binary {

    EngineIoPacketType type();

    static Text message(String data) {
        return new Text(EngineIoPacketType.MESSAGE, data);
    }

    static Binary message(byte[] data) {
        return new Binary(data);
    }

    /** A packet of any type with its text data, empty when the packet has none (e.g. a bare ping). */
    record Text(EngineIoPacketType type, String data) implements EngineIoPacket {

        public Text {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(data, "data");
        }

        public Text(EngineIoPacketType type) {
            this(type, "");
        }
    }

    /**
     * A binary {@code message}, the only packet type that can carry bytes. Sent as is in a WebSocket
     * binary frame and as {@code b<base64>} in a polling payload. Holds its own copy of the bytes.
     */
    record Binary(byte[] data) implements EngineIoPacket {

        public Binary {
            data = data.clone();
        }

        @Override
        public EngineIoPacketType type() {
            return EngineIoPacketType.MESSAGE;
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Binary binary && Arrays.equals(data, binary.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Binary[" + data.length + " bytes]";
        }
    }
}
