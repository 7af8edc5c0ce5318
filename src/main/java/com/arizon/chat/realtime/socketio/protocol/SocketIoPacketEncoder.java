package com.arizon.chat.realtime.socketio.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /**
     * The text form of an EVENT with one argument that is already JSON, e.g. {@code 2["name",{...}]}:
     * an event serialised once for many recipients is only wrapped, never parsed again.
     *
     * @param argumentJson one JSON value, as produced by a JSON serialiser
     */
    public static String encodeEvent(String namespace, String event, String argumentJson) {
        return prefix(SocketIoPacketType.EVENT, namespace)
                + '[' + JsonText.PROVIDER.createValue(event) + ',' + argumentJson + ']';
    }

    /** The text form of an ACK with one argument that is already JSON, or with none. */
    public static String encodeAck(String namespace, long ackId, Optional<String> argumentJson) {
        return prefix(SocketIoPacketType.ACK, namespace) + ackId + '[' + argumentJson.orElse("") + ']';
    }

    private static String prefix(SocketIoPacketType type, String namespace) {
        return SocketIoPacket.MAIN_NAMESPACE.equals(namespace) ? String.valueOf(type.code()) : type.code() + namespace + ',';
    }

    /** The Engine.IO messages that carry the packet: its text form, then each attachment in order. */
    public static List<EngineIoPacket> toEngineIoMessages(SocketIoPacket packet) {
        List<EngineIoPacket> messages = new ArrayList<>();
        messages.add(EngineIoPacket.message(encodeText(packet)));
        packet.attachments().forEach(attachment -> messages.add(EngineIoPacket.message(attachment)));
        return List.copyOf(messages);
    }
}
