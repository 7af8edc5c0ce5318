package com.arizon.chat.realtime.socketio;

import static com.arizon.chat.realtime.RealtimeFixtures.publicRoom;
import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.JavaSocketIo;
import com.arizon.chat.it.support.TestTokens;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import com.arizon.chat.realtime.RateLimits;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * The core chat flow with the Java Socket.IO client, and the two transports (Socket.IO and native
 * WebSocket) as one chat: messages cross between them, and a user on both is one user.
 */
class SocketIoJavaClientIT {

    @Test
    void aWebSocketClientAndAPollingClientChat() throws Exception {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = publicRoom(alice, bob);
        try (JavaSocketIo aliceSocket = JavaSocketIo.connect(server(), WebSocket.NAME, Optional.of(alice.token()));
                JavaSocketIo bobSocket = JavaSocketIo.connect(server(), Polling.NAME, Optional.empty())) {
            assertThat(aliceSocket.await("authenticated").optString("userId")).isEqualTo(alice.id());
            bobSocket.emit("authenticate", Map.of("token", bob.token()));
            assertThat(bobSocket.await("authenticated").optString("userId")).isEqualTo(bob.id());

            JSONArray joined = aliceSocket.emitWithAck("join_room", Map.of("roomId", roomId));
            assertThat(joined.optJSONObject(0).optString("roomId")).isEqualTo(roomId);
            bobSocket.emit("join_room", Map.of("roomId", roomId));
            bobSocket.await("room_joined", data -> roomId.equals(data.optString("roomId")));

            JSONArray sent = aliceSocket.emitWithAck("send_message",
                    Map.of("roomId", roomId, "content", "hello over java", "type", "TEXT"));
            JSONObject message = sent.optJSONObject(0).optJSONObject("message");
            assertThat(message.optString("content")).isEqualTo("hello over java");
            aliceSocket.await("message_sent", data -> message.optString("id")
                    .equals(data.optJSONObject("message").optString("id")));
            JSONObject received = bobSocket.await("new_message",
                    data -> "hello over java".equals(data.optJSONObject("message").optString("content")));
            assertThat(received.optJSONObject("message").optJSONObject("sender").optString("id")).isEqualTo(alice.id());
        }
    }

    @Test
    void aBadTokenAtConnectIsRefusedWithItsMessage() {
        try (JavaSocketIo socket = JavaSocketIo.connect(server(), WebSocket.NAME, Optional.of("not-a-jwt"))) {
            JSONObject error = socket.await(io.socket.client.Socket.EVENT_CONNECT_ERROR);

            assertThat(error.optString("message")).isNotBlank();
            assertThat(socket.isConnected()).isFalse();
        }
    }

    @Test
    void aTokenWithAnOverLongClaimAtConnectIsRefusedNamingTheClaim() {
        String token = TestTokens.mint(TestUsers.create("CLIENT"), claims -> claims.claim("email", "e".repeat(321)));
        try (JavaSocketIo socket = JavaSocketIo.connect(server(), WebSocket.NAME, Optional.of(token))) {
            JSONObject error = socket.await(io.socket.client.Socket.EVENT_CONNECT_ERROR);

            assertThat(error.optString("message")).isEqualTo("Token claim email is longer than 320 characters");
            assertThat(socket.isConnected()).isFalse();
        }
    }

    @Test
    void messagesCrossBetweenSocketIoAndNativeWebSocket() {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = publicRoom(alice, bob);
        try (JavaSocketIo aliceSocket = JavaSocketIo.connect(server(), WebSocket.NAME, Optional.of(alice.token()));
                ChatSocket bobSocket = ChatSocket.signedIn(server(), bob)) {
            aliceSocket.await("authenticated");
            aliceSocket.emit("join_room", Map.of("roomId", roomId));
            aliceSocket.await("room_joined");
            bobSocket.joinRoom(roomId);

            aliceSocket.emit("send_message", Map.of("roomId", roomId, "content", "from socket.io", "type", "TEXT"));
            JsonObject overNative = bobSocket.awaitEvent("new_message",
                    data -> "from socket.io".equals(data.getJsonObject("message").getString("content")));
            assertThat(overNative.getJsonObject("message").getJsonObject("sender").getString("id")).isEqualTo(alice.id());

            bobSocket.emit("send_message", Map.of("roomId", roomId, "content", "from native", "type", "TEXT"));
            aliceSocket.await("new_message",
                    data -> "from native".equals(data.optJSONObject("message").optString("content")));
        }
    }

    @Test
    void aUserOnBothTransportsIsOneUserWithTwoConnections() {
        TestUser alice = user();
        TestUser carol = user();
        String roomId = publicRoom(alice, carol);
        try (ChatSocket watcher = ChatSocket.signedIn(server(), alice)) {
            watcher.joinRoom(roomId);
            ChatSocket carolNative = ChatSocket.signedIn(server(), carol);
            JavaSocketIo carolSocketIo = JavaSocketIo.connect(server(), WebSocket.NAME, Optional.of(carol.token()));
            carolSocketIo.await("authenticated");
            carolNative.joinRoom(roomId);
            carolSocketIo.emit("join_room", Map.of("roomId", roomId));
            carolSocketIo.await("room_joined");
            watcher.awaitEvent("user_online", data -> carol.id().equals(data.getString("userId")));

            carolSocketIo.close();
            watcher.sync();
            assertThat(watcher.events("user_offline")).noneMatch(data -> carol.id().equals(data.getString("userId")));

            carolNative.close();
            watcher.awaitEvent("user_offline", data -> carol.id().equals(data.getString("userId")));
            assertThat(watcher.events("user_online"))
                    .filteredOn(data -> carol.id().equals(data.getString("userId")))
                    .hasSize(1);
        }
    }

    @Test
    void anEmptyMediaMessageWithoutAttachmentsIsAValidationErrorNamingAttachments() throws Exception {
        TestUser alice = user();
        String roomId = publicRoom(alice);
        try (JavaSocketIo socket = JavaSocketIo.connect(server(), Polling.NAME, Optional.of(alice.token()))) {
            socket.await("authenticated");

            JSONObject refused = socket.emitWithAck("send_message",
                    Map.of("roomId", roomId, "content", "", "type", "IMAGE")).optJSONObject(0);

            assertThat(refused.optString("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(refused.optJSONArray("details").optJSONObject(0).optString("field")).isEqualTo("attachments");
            assertThat(socket.await("message_error").optString("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(socket.isConnected()).isTrue();
        }
    }

    /** As NativeSocketLimitsIT's twin: counted on arrival, so a burst written at once is cut at 20. */
    @Test
    void aBurstWrittenAtOnceIsLimitedOnArrival() {
        TestUser alice = user();
        String roomId = publicRoom(alice);
        try (JavaSocketIo socket = JavaSocketIo.connect(server(), WebSocket.NAME, Optional.of(alice.token()))) {
            socket.await("authenticated");
            int written = 100;
            long start = System.nanoTime();
            for (int i = 0; i < written; i++) {
                socket.emit("send_message", Map.of("roomId", roomId, "content", "burst " + i));
            }

            Awaitility.await().atMost(JavaSocketIo.TIMEOUT).until(() -> socket.count("message_sent")
                    + socket.count("error") == written);
            long stored = socket.count("message_sent");
            // A send admitted by the limit may still be shed as busy on a loaded machine (ChatGateway)
            long shedAsBusy = socket.count("error", data -> data instanceof JSONObject error
                    && error.optString("message").startsWith("The server is busy"));
            assertThat(stored + shedAsBusy).isBetween(20L,
                    RateLimits.SEND_MESSAGE.allowedWithin(System.nanoTime() - start));
            assertThat(socket.count("error", data -> data instanceof JSONObject error
                    && "RATE_LIMITED".equals(error.optString("code")))).isEqualTo(written - stored);
            assertThat(socket.isConnected()).isTrue();
        }
    }
}
