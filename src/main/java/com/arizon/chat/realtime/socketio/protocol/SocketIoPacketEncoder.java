package com.arizon.chat.realtime.socketio.protocol;

import java.util.ArrayList;
import java.util.List;

/** Encodes Socket.IO packets for the wire, the inverse of {@link SocketIoPacketDecoder}. */
public final class SocketIoPacketEncoder {

    private SocketIoPacketEncoder() {
    }

    /** The text form: {@code <type>[<attachment count>-][<namespace>,][<ack id>][<JSON payload>]}. */
    public static String encodeText(SocketIoPacket packet) {
        StringBuilder text = new StringBuilder().append(packet.type().code());
        if (packet.type().isBinary()) {
            text.append(packet.attachmentCount()).append('-');
        }
        if (!SocketIoPacket.MAIN_NAMESPACE.equals(packet.namespace())) {
            text.append(packet.namespace()).append(',');
        }
        packet.ackId().ifPresent(text::append);
        packet.data().ifPresent(data -> text.append(data.toString()));
        return text.toString();
    }

    /** The Engine.IO messages that carry the packet: its text form, then each attachment in order. */
    public static List<EngineIoPacket> toEngineIoMessages(SocketIoPacket packet) {
        List<EngineIoPacket> messages = new ArrayList<>();
        messages.add(EngineIoPacket.message(encodeText(packet)));
        packet.attachments().forEach(attachment -> messages.add(EngineIoPacket.message(attachment)));
        return List.copyOf(messages);
    }
}
