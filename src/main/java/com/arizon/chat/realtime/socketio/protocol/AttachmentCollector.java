package com.arizon.chat.realtime.socketio.protocol;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the binary side of an outgoing packet: each call to {@link #add(byte[])} takes the bytes out
 * as the next attachment and returns the placeholder to put where they belong in the JSON data.
 *
 * <pre>{@code
 * AttachmentCollector binary = new AttachmentCollector();
 * JsonArray data = Json.createArrayBuilder().add("file").add(binary.add(bytes)).build();
 * SocketIoPacket packet = SocketIoPacket.event("/", data, binary.attachments());
 * }</pre>
 */
public final class AttachmentCollector {

    private final List<byte[]> attachments = new ArrayList<>();

    public JsonObject add(byte[] bytes) {
        attachments.add(bytes.clone());
        return new BinaryPlaceholder(attachments.size() - 1).toJson();
    }

    /** Copies of the attachments collected so far, in placeholder order. */
    public List<byte[]> attachments() {
        return attachments.stream().map(byte[]::clone).toList();
    }
}
