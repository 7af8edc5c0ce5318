package com.arizon.chat.realtime.socketio.protocol;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A complete Socket.IO packet. The constructor enforces the protocol's rules, so every instance can
 * be encoded: CONNECT data is an object if present, DISCONNECT has none, EVENT data is a non-empty
 * array whose first element is the event name, ACK data is an array and ACK has an ack id,
 * CONNECT_ERROR data is an object; only EVENT and ACK types carry an ack id, only binary types carry
 * attachments, and every {@link BinaryPlaceholder} in their data names one of the attachments.
 *
 * <p>The packet holds its own copies of the attachment bytes.
 *
 * @param namespace {@code "/"} for the main namespace, else a name starting with {@code "/"}
 * @param ackId the acknowledgement id, 0 to {@link #MAX_ACK_ID}
 */
public record SocketIoPacket(SocketIoPacketType type, String namespace, Optional<JsonStructure> data,
        OptionalLong ackId, List<byte[]> attachments) {

    public static final String MAIN_NAMESPACE = "/";

    /** The largest integer a JavaScript peer holds exactly (2^53 - 1); larger ids are refused. */
    public static final long MAX_ACK_ID = 9_007_199_254_740_991L;

    /** @throws IllegalArgumentException when the packet would break a rule */
    public SocketIoPacket {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ackId, "ackId");
        attachments = attachments.stream().map(byte[]::clone).toList();
        SocketIoPacketRules.violation(type, namespace, data.orElse(null), ackId, attachments.size())
                .ifPresent(reason -> {
                    throw new IllegalArgumentException(reason);
                });
    }

    /** The server's answer to a successful CONNECT, e.g. {@code {"sid": ...}}. */
    public static SocketIoPacket connect(String namespace, JsonObject data) {
        return new SocketIoPacket(SocketIoPacketType.CONNECT, namespace, Optional.of(data),
                OptionalLong.empty(), List.of());
    }

    public static SocketIoPacket disconnect(String namespace) {
        return new SocketIoPacket(SocketIoPacketType.DISCONNECT, namespace, Optional.empty(),
                OptionalLong.empty(), List.of());
    }

    /** A refused CONNECT; the client's {@code connect_error} listener receives the message. */
    public static SocketIoPacket connectError(String namespace, String message) {
        JsonObject data = JsonText.PROVIDER.createObjectBuilder().add("message", message).build();
        return new SocketIoPacket(SocketIoPacketType.CONNECT_ERROR, namespace, Optional.of(data),
                OptionalLong.empty(), List.of());
    }

    /** @param data the event name followed by its arguments */
    public static SocketIoPacket event(String namespace, JsonArray data) {
        return event(namespace, data, List.of());
    }

    /**
     * An EVENT, or a BINARY_EVENT when there are attachments (see {@link AttachmentCollector}).
     *
     * @param data the event name followed by its arguments
     */
    public static SocketIoPacket event(String namespace, JsonArray data, List<byte[]> attachments) {
        SocketIoPacketType type = attachments.isEmpty() ? SocketIoPacketType.EVENT : SocketIoPacketType.BINARY_EVENT;
        return new SocketIoPacket(type, namespace, Optional.of(data), OptionalLong.empty(), attachments);
    }

    /** @param data the arguments passed to the acknowledgement callback */
    public static SocketIoPacket ack(String namespace, long ackId, JsonArray data) {
        return ack(namespace, ackId, data, List.of());
    }

    /** An ACK, or a BINARY_ACK when there are attachments (see {@link AttachmentCollector}). */
    public static SocketIoPacket ack(String namespace, long ackId, JsonArray data, List<byte[]> attachments) {
        SocketIoPacketType type = attachments.isEmpty() ? SocketIoPacketType.ACK : SocketIoPacketType.BINARY_ACK;
        return new SocketIoPacket(type, namespace, Optional.of(data), OptionalLong.of(ackId), attachments);
    }

    /** Copies of the attachments, in placeholder order. */
    @Override
    public List<byte[]> attachments() {
        return attachments.stream().map(byte[]::clone).toList();
    }

    public int attachmentCount() {
        return attachments.size();
    }

    /** The bytes a placeholder taken from this packet's data stands for; empty for any other value. */
    public Optional<byte[]> attachment(JsonValue value) {
        if (!type.isBinary()) {
            return Optional.empty();
        }
        return BinaryPlaceholder.of(value)
                .filter(placeholder -> placeholder.num() < attachments.size())
                .map(placeholder -> attachments.get(placeholder.num()).clone());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SocketIoPacket packet
                && type == packet.type
                && namespace.equals(packet.namespace)
                && data.equals(packet.data)
                && ackId.equals(packet.ackId)
                && sameBytes(attachments, packet.attachments);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(type, namespace, data, ackId);
        for (byte[] attachment : attachments) {
            hash = 31 * hash + Arrays.hashCode(attachment);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "SocketIoPacket[type=" + type + ", namespace=" + namespace + ", data=" + data
                + ", ackId=" + ackId + ", attachmentSizes="
                + attachments.stream().map(attachment -> attachment.length).toList() + "]";
    }

    private static boolean sameBytes(List<byte[]> left, List<byte[]> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!Arrays.equals(left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }
}
