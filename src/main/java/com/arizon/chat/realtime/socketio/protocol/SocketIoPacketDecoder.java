package com.arizon.chat.realtime.socketio.protocol;

import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decodes the text form of a Socket.IO packet,
 * {@code <type>[<attachment count>-][<namespace>,][<ack id>][<JSON payload>]}.
 *
 * <p>The namespace runs from a leading {@code /} to the first comma or, as socket.io-client never
 * omits the comma but the protocol test suite does ({@code 40/custom}), to the end of the packet.
 * The attachment count is present exactly for the binary types.
 */
public final class SocketIoPacketDecoder {

    private SocketIoPacketDecoder() {
    }

    public static SocketIoPacketHeader decode(String text) throws MalformedPacketException {
        if (text.isEmpty()) {
            throw new MalformedPacketException("empty Socket.IO packet");
        }
        SocketIoPacketType type = SocketIoPacketType.fromCode(text.charAt(0))
                .orElseThrow(() -> new MalformedPacketException("unknown Socket.IO packet type"));
        int position = 1;

        int attachmentCount = 0;
        if (type.isBinary()) {
            int digitsEnd = digitsEnd(text, position);
            if (digitsEnd == position || digitsEnd == text.length() || text.charAt(digitsEnd) != '-') {
                throw new MalformedPacketException("missing attachment count");
            }
            attachmentCount = (int) parseBounded(text, position, digitsEnd, Integer.MAX_VALUE,
                    "attachment count too large");
            position = digitsEnd + 1;
        }

        String namespace = SocketIoPacket.MAIN_NAMESPACE;
        if (position < text.length() && text.charAt(position) == '/') {
            int comma = text.indexOf(',', position);
            int namespaceEnd = comma < 0 ? text.length() : comma;
            namespace = text.substring(position, namespaceEnd);
            position = comma < 0 ? namespaceEnd : comma + 1;
        }

        OptionalLong ackId = OptionalLong.empty();
        int digitsEnd = digitsEnd(text, position);
        if (digitsEnd > position) {
            ackId = OptionalLong.of(parseBounded(text, position, digitsEnd, SocketIoPacket.MAX_ACK_ID,
                    "ack id too large"));
            position = digitsEnd;
        }

        JsonValue data = position < text.length() ? JsonText.parse(text.substring(position)) : null;
        Optional<String> violation = SocketIoPacketRules.violation(type, namespace, data, ackId, attachmentCount);
        if (violation.isPresent()) {
            throw new MalformedPacketException(violation.get());
        }
        // the rules admit no payload other than an object or an array
        return new SocketIoPacketHeader(type, namespace, Optional.ofNullable((JsonStructure) data), ackId,
                attachmentCount);
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** The ASCII digits in [start, end) as a number, refused once it passes {@code max}. */
    private static long parseBounded(String text, int start, int end, long max, String reason)
            throws MalformedPacketException {
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
            if (value > max) {
                throw new MalformedPacketException(reason);
            }
        }
        return value;
    }
}
