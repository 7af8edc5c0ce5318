package com.arizon.chat.realtime.socketio.protocol;

import jakarta.json.JsonStructure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The text part of a Socket.IO packet as decoded from the wire: the whole packet, or for BINARY_EVENT
 * and BINARY_ACK the part announcing how many binary attachments follow it.
 *
 */
public record SocketIoPacketHeader(SocketIoPacketType type, String namespace, Optional<JsonStructure> data,
        OptionalLong ackId, int attachmentCount) {

    /** @throws IllegalArgumentException when the packet would break a rule (see {@link SocketIoPacket}) */
    public SocketIoPacketHeader {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ackId, "ackId");
        SocketIoPacketRules.violation(type, namespace, data.orElse(null), ackId, attachmentCount)
                .ifPresent(reason -> {
                    throw new IllegalArgumentException(reason);
                });
    }

    /** @throws IllegalArgumentException unless exactly {@link #attachmentCount()} attachments are given */
    public SocketIoPacket withAttachments(List<byte[]> attachments) {
        if (attachments.size() != attachmentCount) {
            throw new IllegalArgumentException(
                    "expected " + attachmentCount + " attachments, got " + attachments.size());
        }
        return new SocketIoPacket(type, namespace, data, ackId, attachments);
    }
}
