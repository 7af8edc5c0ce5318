package com.arizon.chat.realtime.socketio;

import static com.arizon.chat.realtime.socketio.JsonSupport.JSON;

import com.arizon.chat.realtime.control.OutboundEvent;
import com.arizon.chat.realtime.control.RealtimeGateway;
import com.arizon.chat.realtime.socketio.protocol.SocketIoPacket;
import com.arizon.chat.realtime.socketio.protocol.SocketIoPacketType;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * The chat over Socket.IO: the main namespace, framing only. Connecting opens a connection on the
 * {@link RealtimeGateway} (with {@code auth.token} if given), every event goes to the gateway, and
 * its reply is emitted and, when the client asked for one, also returned as the acknowledgement.
 */
final class ChatNamespace implements SocketIoNamespace {

    static final String BINARY_REFUSED = "Chat events carry no binary data";
    private static final String REFUSED = "Authentication failed";

    private final RealtimeGateway gateway;

    ChatNamespace(RealtimeGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Optional<String> connect(SocketIoConnection socket, JsonObject auth) {
        RealtimeGateway.OpenOutcome outcome = gateway.open(socket, token(auth));
        if (!outcome.accepted()) {
            socket.refusing();
            gateway.closed(socket);
            return Optional.of(outcome.reply().flatMap(ChatNamespace::message).orElse(REFUSED));
        }
        outcome.reply().ifPresent(socket::send);
        return Optional.empty();
    }

    /** Chat events carry no binary data: a binary event is malformed, and counts against the limits. */
    @Override
    public void onEvent(SocketIoConnection socket, SocketIoPacket event) {
        RealtimeGateway.Replies replies = reply -> {
            reply.ifPresent(socket::send);
            event.ackId().ifPresent(ackId -> socket.acknowledge(ackId, reply.map(OutboundEvent::dataJson)));
        };
        if (event.type() == SocketIoPacketType.BINARY_EVENT) {
            gateway.malformed(socket, BINARY_REFUSED, replies);
        } else {
            gateway.receive(socket, name(event), argument(event), replies);
        }
    }

    @Override
    public void onDisconnect(SocketIoConnection socket) {
        gateway.closed(socket);
    }

    /** A token that is not a string is passed on as its JSON text, for the gateway to refuse. */
    private static Optional<String> token(JsonObject auth) {
        JsonValue token = auth.get("token");
        if (token == null || token == JsonValue.NULL) {
            return Optional.empty();
        }
        return Optional.of(token instanceof JsonString string ? string.getString() : token.toString());
    }

    private static String name(SocketIoPacket event) {
        return data(event).getString(0);
    }

    /** The first argument after the event name; JSON null when the client sent none. */
    private static JsonValue argument(SocketIoPacket event) {
        JsonArray data = data(event);
        return data.size() > 1 ? data.get(1) : JsonValue.NULL;
    }

    private static JsonArray data(SocketIoPacket event) {
        // an EVENT's data is always a non-empty array starting with the name (SocketIoPacket's rules)
        return event.data().orElseThrow().asJsonArray();
    }

    private static Optional<String> message(OutboundEvent refusal) {
        try (JsonReader reader = JSON.createReader(new StringReader(refusal.dataJson()))) {
            JsonValue message = reader.readObject().get("message");
            return message instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }

}
