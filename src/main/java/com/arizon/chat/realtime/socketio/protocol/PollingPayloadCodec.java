package com.arizon.chat.realtime.socketio.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * HTTP long-polling payloads: packets joined by the record separator U+001E, binary messages written
 * as {@code b} followed by their base64 encoding.
 */
public final class PollingPayloadCodec {

    public static final char RECORD_SEPARATOR = '\u001e';

    private static final char BINARY_PREFIX = 'b';

    private PollingPayloadCodec() {
    }

    /**
     * @throws IllegalArgumentException for an empty list, or a text packet whose data holds the record
     *         separator (it would split the packet in two; Socket.IO's JSON never holds it unescaped)
     */
    public static String encode(List<? extends EngineIoPacket> packets) {
        if (packets.isEmpty()) {
            throw new IllegalArgumentException("a payload holds at least one packet");
        }
        StringBuilder payload = new StringBuilder();
        for (EngineIoPacket packet : packets) {
            if (payload.length() > 0) {
                payload.append(RECORD_SEPARATOR);
            }
            if (packet instanceof EngineIoPacket.Binary binary) {
                payload.append(BINARY_PREFIX).append(Base64.getEncoder().encodeToString(binary.data()));
            } else {
                EngineIoPacket.Text text = (EngineIoPacket.Text) packet;
                if (text.data().indexOf(RECORD_SEPARATOR) >= 0) {
                    throw new IllegalArgumentException("packet data holds the record separator");
                }
                payload.append(EngineIoPacketCodec.encode(text));
            }
        }
        return payload.toString();
    }

    /** Decodes a POST body, refusing bytes that are not well-formed UTF-8. */
    public static List<EngineIoPacket> decode(byte[] body) throws MalformedPacketException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedPacketException("payload is not valid UTF-8");
        }
        return decode(text);
    }

    public static List<EngineIoPacket> decode(String payload) throws MalformedPacketException {
        if (payload.isEmpty()) {
            throw new MalformedPacketException("empty payload");
        }
        List<EngineIoPacket> packets = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = payload.indexOf(RECORD_SEPARATOR, start);
            packets.add(decodeRecord(payload.substring(start, end < 0 ? payload.length() : end)));
            if (end < 0) {
                return List.copyOf(packets);
            }
            start = end + 1;
        }
    }

    private static EngineIoPacket decodeRecord(String record) throws MalformedPacketException {
        if (record.isEmpty()) {
            throw new MalformedPacketException("empty packet in payload");
        }
        if (record.charAt(0) != BINARY_PREFIX) {
            return EngineIoPacketCodec.decode(record);
        }
        try {
            return new EngineIoPacket.Binary(Base64.getDecoder().decode(record.substring(1)));
        } catch (IllegalArgumentException e) {
            throw new MalformedPacketException("invalid base64 in binary packet");
        }
    }
}
