package com.arizon.chat.realtime.socketio;

import static com.arizon.chat.realtime.socketio.JsonSupport.JSON;

import com.arizon.chat.realtime.socketio.protocol.SocketIoPacket;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * The namespaces of the protocol-conformance profile, as the official Socket.IO protocol test suite
 * expects its server to behave: accept every connection and emit {@code auth} with the handshake's
 * payload, answer {@code message} with {@code message-back} carrying the same arguments, and
 * acknowledge {@code message-with-ack} with the same arguments (binary attachments included).
 */
final class ConformanceNamespace implements SocketIoNamespace {

    @Override
    public Optional<String> connect(SocketIoConnection socket, JsonObject auth) {
        socket.send(SocketIoPacket.event(socket.namespace(), JSON.createArrayBuilder().add("auth").add(auth).build()));
        return Optional.empty();
    }

    @Override
    public void onEvent(SocketIoConnection socket, SocketIoPacket event) {
        JsonArray data = event.data().orElseThrow().asJsonArray();
        JsonArray arguments = arguments(data);
        switch (data.getString(0)) {
            case "message" -> socket.send(SocketIoPacket.event(socket.namespace(),
                    JSON.createArrayBuilder().add("message-back").addAll(JSON.createArrayBuilder(arguments)).build(),
                    event.attachments()));
            case "message-with-ack" -> event.ackId().ifPresent(ackId ->
                    socket.send(SocketIoPacket.ack(socket.namespace(), ackId, arguments, event.attachments())));
            default -> {
                // the suite sends nothing else
            }
        }
    }

    @Override
    public void onDisconnect(SocketIoConnection socket) {
        // nothing to clean up
    }

    private static JsonArray arguments(JsonArray data) {
        JsonArrayBuilder arguments = JSON.createArrayBuilder();
        data.subList(1, data.size()).forEach(arguments::add);
        return arguments.build();
    }
}
