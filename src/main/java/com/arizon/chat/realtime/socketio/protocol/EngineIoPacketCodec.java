package com.arizon.chat.realtime.socketio.protocol;

/**
 * The text form of a single Engine.IO packet, {@code <type digit>[<data>]}: a WebSocket text frame,
 * or one record of a polling payload. Binary messages have no text form here: on a WebSocket they
 * are the raw frame bytes, in polling payloads {@link PollingPayloadCodec} base64-encodes them.
 */
public final class EngineIoPacketCodec {

    private EngineIoPacketCodec() {
    }

    public static String encode(EngineIoPacket.Text packet) {
        return packet.type().code() + packet.data();
    }

    public static EngineIoPacket.Text decode(String text) throws MalformedPacketException {
        if (text.isEmpty()) {
            throw new MalformedPacketException("empty Engine.IO packet");
        }
        EngineIoPacketType type = EngineIoPacketType.fromCode(text.charAt(0))
                .orElseThrow(() -> new MalformedPacketException("unknown Engine.IO packet type"));
        return new EngineIoPacket.Text(type, text.substring(1));
    }
}
