package com.arizon.chat.bench;

import com.arizon.chat.it.support.ServerAddress;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.Json;

import java.net.URI;

/**
 * Socket.IO v5 over Engine.IO v4 on a WebSocket, as socket.io-client 4 with
 * {@code transports: ['websocket']} speaks it: the open packet {@code 0{...}} is answered with
 * CONNECT {@code 40{"token":...}}, each ping {@code 2} with a pong {@code 3}, and every event is
 * emitted with an acknowledgement id, {@code 42<id>["name",{...}]}.
 *
 * <p>The server answers an event twice: it emits the reply event ({@code message_sent},
 * {@code room_joined}, {@code error}, ...) and acknowledges with the same data,
 * {@code 43<id>[{...}]}. The acknowledgement is what counts here, as for a client that emits with a
 * callback; the reply events are skipped, so nothing is counted twice. Pushes arrive as
 * {@code 42["new_message",{...}]}.
 */
final class SocketIoWire implements ChatWire {

    private static final String PATH = "/socket.io/?EIO=4&transport=websocket";
    /** Engine.IO MESSAGE (4) carrying a Socket.IO EVENT (2) or ACK (3), main namespace. */
    private static final String EVENT = "42";
    private static final String ACK = "43";
    private static final String STORED = "[{\"message\":{";
    private static final String ERROR_CODE = "\"code\":\"";

    private final String connect;
    private long nextAckId;
    private volatile long joinAckId = -1;

    SocketIoWire(TestUser user) {
        this.connect = "40" + Json.createObjectBuilder().add("token", user.token()).build();
    }

    @Override
    public URI address(ServerAddress server) {
        return server.wsUri(PATH);
    }

    /** Acknowledgement ids count up from 0 per connection, as the client library's do. */
    @Override
    public String event(String name, String dataJson) {
        long ackId = nextAckId++;
        if (name.equals("join_room")) {
            joinAckId = ackId;
        }
        return EVENT + ackId + "[\"" + name + "\"," + dataJson + "]";
    }

    @Override
    public Inbound read(String frame) {
        if (frame.startsWith(EVENT)) {
            return event(frame);
        }
        if (frame.startsWith(ACK)) {
            return acknowledgement(frame);
        }
        if (frame.equals("2")) {
            return Inbound.answer("3");
        }
        if (frame.startsWith("0{")) {
            return Inbound.answer(connect);
        }
        if (frame.startsWith("44")) {
            return Inbound.of(Kind.REFUSED, "connect_error " + frame.substring(2));
        }
        if (frame.equals("41")) {
            return Inbound.of(Kind.DISCONNECTED, "Socket.IO DISCONNECT (41)");
        }
        if (frame.equals("1")) {
            return Inbound.of(Kind.DISCONNECTED, "Engine.IO CLOSE (1)");
        }
        // 40{"sid":...} (connected; authenticated follows), noops
        return Inbound.IGNORED;
    }

    /** {@code 42["name",data]}: a push, or a reply event that the acknowledgement repeats. */
    private static Inbound event(String frame) {
        int nameStart = EVENT.length() + 2;
        if (frame.length() <= nameStart || frame.charAt(EVENT.length()) != '[') {
            return Inbound.IGNORED;
        }
        String name = frame.substring(nameStart, frame.indexOf('"', nameStart));
        return switch (name) {
            case "new_message" -> Inbound.of(Kind.DELIVERED, frame);
            case "authenticated" -> Inbound.of(Kind.AUTHENTICATED, frame);
            case "authentication_error" -> Inbound.of(Kind.REFUSED, frame);
            default -> Inbound.IGNORED;
        };
    }

    /** {@code 43<id>[data]}, or {@code 43<id>[]} when the server had no reply (the event was dropped). */
    private Inbound acknowledgement(String frame) {
        int data = frame.indexOf('[', ACK.length());
        if (data < 0) {
            return Inbound.IGNORED;
        }
        long ackId = Long.parseLong(frame.substring(ACK.length(), data));
        String reply = frame.substring(data);
        if (reply.equals("[]")) {
            return Inbound.of(Kind.REFUSED, "acknowledged without a reply: " + frame);
        }
        if (ackId == joinAckId) {
            return Inbound.of(reply.contains(ERROR_CODE) ? Kind.REFUSED : Kind.JOINED, reply);
        }
        return Inbound.of(reply.startsWith(STORED) ? Kind.ACKNOWLEDGED : Kind.REFUSED, reply);
    }
}
