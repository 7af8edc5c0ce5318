package com.arizon.chat.realtime.socketio.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the Engine.IO messages of one connection into Socket.IO packets. A binary packet arrives as
 * its text header and then one binary message per attachment; this holds the header until the last
 * attachment is in. One instance per connection, not thread-safe (messages of a connection are
 * handled in order anyway). After a {@link MalformedPacketException} the connection must be closed.
 */
public final class SocketIoPacketReassembler {

    /** Attachments one packet may announce; a chat client sends none, generic clients a few. */
    public static final int DEFAULT_MAX_ATTACHMENTS = 10;

    private final int maxAttachments;
    private final List<byte[]> received = new ArrayList<>();
    private SocketIoPacketHeader pending;

    public SocketIoPacketReassembler() {
        this(DEFAULT_MAX_ATTACHMENTS);
    }

    public SocketIoPacketReassembler(int maxAttachments) {
        if (maxAttachments < 0) {
            throw new IllegalArgumentException("maxAttachments must not be negative");
        }
        this.maxAttachments = maxAttachments;
    }

    /** Accepts the data of a text message: the packet, or empty while its attachments are to follow. */
    public Optional<SocketIoPacket> acceptText(String text) throws MalformedPacketException {
        if (pending != null) {
            throw new MalformedPacketException("text packet received while awaiting binary attachments");
        }
        SocketIoPacketHeader header = SocketIoPacketDecoder.decode(text);
        if (header.attachmentCount() > maxAttachments) {
            throw new MalformedPacketException("too many binary attachments");
        }
        if (header.attachmentCount() == 0) {
            return Optional.of(header.withAttachments(List.of()));
        }
        pending = header;
        return Optional.empty();
    }

    /** Accepts the data of a binary message: the packet once this was its last attachment. */
    public Optional<SocketIoPacket> acceptBinary(byte[] attachment) throws MalformedPacketException {
        if (pending == null) {
            throw new MalformedPacketException("binary attachment received without a binary packet");
        }
        received.add(attachment.clone());
        if (received.size() < pending.attachmentCount()) {
            return Optional.empty();
        }
        SocketIoPacket packet = pending.withAttachments(received);
        pending = null;
        received.clear();
        return Optional.of(packet);
    }

    public boolean isAwaitingAttachments() {
        return pending != null;
    }
}
