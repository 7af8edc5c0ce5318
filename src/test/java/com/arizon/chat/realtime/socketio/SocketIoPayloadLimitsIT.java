package com.arizon.chat.realtime.socketio;

import static com.arizon.chat.realtime.RealtimeFixtures.publicRoom;
import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static com.arizon.chat.realtime.socketio.EngineIoWire.WEBSOCKET;
import static com.arizon.chat.realtime.socketio.EngineIoWire.json;
import static com.arizon.chat.realtime.socketio.EngineIoWire.poll;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.JavaSocketIo;
import com.arizon.chat.it.support.RawWebSocket;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.realtime.socketio.EngineIoWire.RawSocket;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Engine.IO's {@code maxPayload}, counted in UTF-8 bytes, on both transports: a WebSocket frame over
 * it closes that WebSocket with 1009 and ends its session, a polling POST over it is answered 413 and
 * ends its session, and one of exactly {@code maxPayload} bytes is handled. The padding is of
 * two-byte characters, so that the frames over the limit in bytes are under it in characters.
 */
class SocketIoPayloadLimitsIT {

    /** {@code chat.socketio.max-payload} as the shared server runs it (the default). */
    private static final int MAX_PAYLOAD = 1_000_000;
    private static final String TWO_BYTES = "\u00e9";

    private final EngineIoWire wire = new EngineIoWire(server());

    @Test
    void aWebSocketFrameOverMaxPayloadBytesClosesThatConnectionWith1009AndTheRoomChatsOn() {
        TestUser alice = user();
        TestUser bob = user();
        TestUser carol = user();
        String roomId = publicRoom(alice, bob, carol);
        try (JavaSocketIo bobSocket = joined(bob, WebSocket.NAME, roomId);
                JavaSocketIo carolSocket = joined(carol, Polling.NAME, roomId);
                RawWebSocket offender = RawWebSocket.connect(server(), WEBSOCKET)) {
            String sid = signIn(offender, alice);
            offender.sendText(SocketIoPackets.event("join_room", Map.of("roomId", roomId)));
            nextEventWith(offender, "\"room_joined\"");
            bobSocket.await("user_online", data -> alice.id().equals(data.optString("userId")));

            String oversized = sendMessageOfBytes(roomId, "over the limit", MAX_PAYLOAD + 1);
            assertThat(oversized.length()).isLessThan(MAX_PAYLOAD);
            offender.sendText(oversized);

            assertThat(offender.readCloseStatus()).isEqualTo(1009);
            Awaitility.await().atMost(EngineIoWire.TIMEOUT).untilAsserted(() -> assertUnknownSession(sid));
            bobSocket.await("user_offline", data -> alice.id().equals(data.optString("userId")));
            bobSocket.emit("send_message", Map.of("roomId", roomId, "content", "chatting on", "type", "TEXT"));
            bobSocket.await("message_sent");
            carolSocket.await("new_message",
                    data -> "chatting on".equals(data.optJSONObject("message").optString("content")));
            assertThat(carolSocket.count("new_message",
                    data -> data.toString().contains("over the limit"))).isZero();
        }
    }

    @Test
    void aWebSocketFrameOfExactlyMaxPayloadBytesIsHandled() {
        TestUser alice = user();
        String roomId = publicRoom(alice);
        try (RawWebSocket socket = RawWebSocket.connect(server(), WEBSOCKET)) {
            signIn(socket, alice);

            socket.sendText(sendMessageOfBytes(roomId, "just within", MAX_PAYLOAD));

            assertThat(nextEventWith(socket, "\"message_sent\"")).contains("just within");
        }
    }

    /**
     * The JDK's client sends a long message as fragments of 16 KiB, which the container assembles:
     * over {@code maxPayload} characters it closes with 1009 itself, over it in bytes only, the
     * endpoint does.
     */
    @Test
    void aFragmentedMessageOverMaxPayloadIsClosedWith1009() {
        for (String oversized : new String[] {
                sendMessageOfBytes("never-read", "over in bytes", MAX_PAYLOAD + 1),
                "4" + "x".repeat(MAX_PAYLOAD)}) {
            try (RawSocket socket = wire.webSocket(WEBSOCKET)) {
                socket.next();

                socket.send(oversized);

                assertThat(socket.awaitClose(EngineIoWire.TIMEOUT)).isEqualTo(1009);
            }
        }
    }

    @Test
    void aPollingPostOverMaxPayloadBytesIs413AndEndsTheSession() {
        String sid = wire.pollingHandshake().getString("sid");
        String body = sendMessageOfBytes("never-read", "over the limit", MAX_PAYLOAD + 1);
        assertThat(body.length()).isLessThan(MAX_PAYLOAD);

        HttpResponse<String> response = wire.post(poll(sid), body);

        assertThat(response.statusCode()).isEqualTo(413);
        assertUnknownSession(sid);
    }

    @Test
    void aPollingPostOfExactlyMaxPayloadBytesIsHandled() {
        TestUser alice = user();
        String roomId = publicRoom(alice);
        String sid = wire.pollingHandshake().getString("sid");
        assertThat(wire.post(poll(sid), SocketIoPackets.connect(alice.token())).statusCode()).isEqualTo(200);
        nextPacketWith(sid, "\"authenticated\"");

        HttpResponse<String> posted = wire.post(poll(sid), sendMessageOfBytes(roomId, "just within", MAX_PAYLOAD));

        assertThat(posted.statusCode()).as("%s", posted.body()).isEqualTo(200);
        assertThat(nextPacketWith(sid, "\"message_sent\"")).contains("just within");
    }

    /**
     * A {@code send_message} EVENT packet of exactly {@code bytes} bytes in UTF-8: the message and a
     * padding field of two-byte characters (and one ASCII one when the count is odd).
     */
    private static String sendMessageOfBytes(String roomId, String content, int bytes) {
        String head = "42[\"send_message\",{\"roomId\":\"" + roomId + "\",\"content\":\"" + content
                + "\",\"type\":\"TEXT\",\"padding\":\"";
        String tail = "\"}]";
        int paddingBytes = bytes - utf8Length(head + tail);
        String padding = TWO_BYTES.repeat(paddingBytes / 2) + "x".repeat(paddingBytes % 2);
        String packet = head + padding + tail;
        assertThat(utf8Length(packet)).isEqualTo(bytes);
        return packet;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Connects to the main namespace with the user's token; returns the Engine.IO session's sid. */
    private static String signIn(RawWebSocket socket, TestUser user) {
        String open = socket.readUntil("{\"sid\"");
        socket.sendText(SocketIoPackets.connect(user.token()));
        nextEventWith(socket, "\"authenticated\"");
        return json(open.substring(1)).getString("sid");
    }

    /** The session is gone: a poll with its sid gets the reference server's "Session ID unknown". */
    private void assertUnknownSession(String sid) {
        HttpResponse<String> response = wire.get(poll(sid));
        assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(400);
        assertThat(json(response.body()).getInt("code")).isEqualTo(1);
    }

    /** Reads (answering the server's pings) until a text frame contains {@code fragment}; returns it. */
    private static String nextEventWith(RawWebSocket socket, String fragment) {
        while (true) {
            String text = socket.readText();
            if (SocketIoPackets.PING.equals(text)) {
                socket.sendText(SocketIoPackets.PONG);
            } else if (text.contains(fragment)) {
                return text;
            }
        }
    }

    private static JavaSocketIo joined(TestUser user, String transport, String roomId) {
        JavaSocketIo socket = JavaSocketIo.connect(server(), transport, Optional.of(user.token()));
        socket.await("authenticated");
        socket.emit("join_room", Map.of("roomId", roomId));
        socket.await("room_joined");
        return socket;
    }

    /** Polls (answering the server's pings) until a packet contains {@code fragment}; returns that packet. */
    private String nextPacketWith(String sid, String fragment) {
        return Awaitility.await().atMost(EngineIoWire.TIMEOUT).until(() -> {
            for (String packet : wire.get(poll(sid)).body().split("\u001e")) {
                if (SocketIoPackets.PING.equals(packet)) {
                    wire.post(poll(sid), SocketIoPackets.PONG);
                } else if (packet.contains(fragment)) {
                    return Optional.of(packet);
                }
            }
            return Optional.<String>empty();
        }, Optional::isPresent).orElseThrow();
    }
}
