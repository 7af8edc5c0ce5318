package com.arizon.chat.realtime.socketio.protocol;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What makes a Socket.IO packet valid, shared by the decoder (which refuses wire input) and the
 * packet types (which refuse programming errors), so both always agree.
 */
final class SocketIoPacketRules {

    private SocketIoPacketRules() {
    }

    /** The first rule the packet breaks, or empty. {@code data} is null when the packet has none. */
    static Optional<String> violation(SocketIoPacketType type, String namespace, JsonValue data,
            OptionalLong ackId, int attachmentCount) {
        String reason = namespaceViolation(namespace);
        if (reason == null) {
            reason = ackIdViolation(type, ackId);
        }
        if (reason == null) {
            reason = payloadViolation(type, data);
        }
        if (reason == null) {
            reason = attachmentViolation(type, data, attachmentCount);
        }
        return Optional.ofNullable(reason);
    }

    /** Starts with "/"; no comma, the wire format's terminator; no control characters. */
    private static String namespaceViolation(String namespace) {
        if (!namespace.startsWith("/")) {
            return "namespace must start with /";
        }
        for (int i = 0; i < namespace.length(); i++) {
            char c = namespace.charAt(i);
            if (c == ',' || Character.isISOControl(c)) {
                return "namespace holds a forbidden character";
            }
        }
        return null;
    }

    private static String ackIdViolation(SocketIoPacketType type, OptionalLong ackId) {
        if (ackId.isEmpty()) {
            return type == SocketIoPacketType.ACK || type == SocketIoPacketType.BINARY_ACK
                    ? type + " requires an ack id"
                    : null;
        }
        if (!type.carriesAckId()) {
            return type + " carries no ack id";
        }
        long id = ackId.getAsLong();
        return id < 0 || id > SocketIoPacket.MAX_ACK_ID ? "ack id out of range" : null;
    }

    private static String payloadViolation(SocketIoPacketType type, JsonValue data) {
        return switch (type) {
            case CONNECT -> data == null || data instanceof JsonObject
                    ? null
                    : "CONNECT payload must be an object";
            case DISCONNECT -> data == null ? null : "DISCONNECT carries no payload";
            case CONNECT_ERROR -> data instanceof JsonObject ? null : "CONNECT_ERROR payload must be an object";
            case EVENT, BINARY_EVENT -> data instanceof JsonArray array && !array.isEmpty()
                    && array.get(0) instanceof JsonString
                    ? null
                    : type + " payload must be a non-empty array starting with the event name";
            case ACK, BINARY_ACK -> data instanceof JsonArray ? null : type + " payload must be an array";
        };
    }

    private static String attachmentViolation(SocketIoPacketType type, JsonValue data, int attachmentCount) {
        if (attachmentCount < 0) {
            return "attachment count must not be negative";
        }
        if (!type.isBinary()) {
            return attachmentCount == 0 ? null : type + " carries no attachments";
        }
        return placeholderViolation(data, attachmentCount);
    }

    /** Every placeholder must be well-formed and name an attachment the packet has. */
    private static String placeholderViolation(JsonValue data, int attachmentCount) {
        Deque<JsonValue> pending = new ArrayDeque<>();
        pending.push(data);
        while (!pending.isEmpty()) {
            JsonValue value = pending.pop();
            if (BinaryPlaceholder.isMarker(value)) {
                Optional<BinaryPlaceholder> placeholder = BinaryPlaceholder.of(value);
                if (placeholder.isEmpty()) {
                    return "invalid binary placeholder";
                }
                if (placeholder.get().num() >= attachmentCount) {
                    return "binary placeholder refers to a missing attachment";
                }
            } else if (value instanceof JsonObject object) {
                object.values().forEach(pending::push);
            } else if (value instanceof JsonArray array) {
                array.forEach(pending::push);
            }
        }
        return null;
    }
}
