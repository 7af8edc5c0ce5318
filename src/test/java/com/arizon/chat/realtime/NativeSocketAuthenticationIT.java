package com.arizon.chat.realtime;

import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.TestTokens;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing in on {@code /ws/chat}: handshake token, {@code authenticate}, the deadline, the Origin check. */
class NativeSocketAuthenticationIT {

    @Test
    void goodHandshakeTokenIsAnsweredWithAuthenticated() {
        TestUser alice = TestUsers.create("CLIENT");
        try (ChatSocket socket = ChatSocket.connect(server(), alice)) {
            assertThat(socket.awaitEvent("authenticated").getString("userId")).isEqualTo(alice.id());
        }
    }

    @Test
    void badHandshakeTokenGetsAuthenticationErrorThenClose1008() {
        TestUser alice = TestUsers.create("CLIENT");
        try (ChatSocket socket = ChatSocket.connectWithToken(server(), TestTokens.expired(alice))) {
            assertThat(socket.awaitEvent("authentication_error").getString("message")).isNotBlank();
            assertThat(socket.awaitClose().code()).isEqualTo(1008);
            assertThat(socket.events("authenticated")).isEmpty();
        }
    }

    @Test
    void authenticateEventSignsIn() {
        TestUser alice = TestUsers.create("CLIENT");
        try (ChatSocket socket = ChatSocket.connectAnonymous(server())) {
            socket.emit("authenticate", Map.of("token", alice.token()));
            assertThat(socket.awaitEvent("authenticated").getString("userId")).isEqualTo(alice.id());
        }
    }

    @Test
    void badAuthenticateIsRefusedAndTheConnectionMayTryAgain() {
        TestUser alice = TestUsers.create("CLIENT");
        try (ChatSocket socket = ChatSocket.connectAnonymous(server())) {
            socket.emit("authenticate", Map.of("token", TestTokens.signedByOtherKey(alice)));
            assertThat(socket.awaitEvent("authentication_error").getString("message")).isNotBlank();
            socket.emit("authenticate", Map.of("wrong", "shape"));
            socket.awaitFrame(frame -> frame.event().equals("authentication_error")
                    && socket.events("authentication_error").size() == 2, "second authentication_error");

            socket.emit("authenticate", Map.of("token", alice.token()));
            assertThat(socket.awaitEvent("authenticated").getString("userId")).isEqualTo(alice.id());
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void everyOtherEventBeforeAuthenticationGetsAuthenticationError() {
        String roomId = RealtimeFixtures.publicRoom(RealtimeFixtures.user());
        try (ChatSocket socket = ChatSocket.connectAnonymous(server())) {
            socket.emit("join_room", Map.of("roomId", roomId));
            socket.emit("send_message", Map.of("roomId", roomId, "content", "hi", "type", "TEXT"));
            socket.emit("no_such_event", Map.of());

            socket.awaitFrame(frame -> socket.events("authentication_error").size() == 3, "three authentication_error");
            assertThat(socket.events("room_joined")).isEmpty();
            assertThat(socket.events("message_sent")).isEmpty();
        }
    }

    @Test
    void signingInAgainAsAnotherUserIsRefused() {
        TestUser alice = TestUsers.create("CLIENT");
        TestUser bob = TestUsers.create("CLIENT");
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice)) {
            socket.emit("authenticate", Map.of("token", bob.token()));
            socket.awaitEvent("authentication_error");
            socket.emit("authenticate", Map.of("token", TestTokens.mint(alice)));
            socket.awaitFrame(frame -> socket.events("authenticated").size() == 2, "authenticated again");
            assertThat(socket.events("authenticated")).allMatch(data -> data.getString("userId").equals(alice.id()));
        }
    }

    @Test
    void connectionThatNeverAuthenticatesIsClosedAfterTheDeadline() {
        try (ChatSocket socket = ChatSocket.connectAnonymous(server())) {
            ChatSocket.Closure closure = socket.awaitClose();

            assertThat(closure.code()).isEqualTo(1008);
            JsonObject error = socket.awaitEvent("authentication_error");
            assertThat(error.getString("message")).contains("10 s");
        }
    }

    @Test
    void allowedOriginMayConnect() {
        TestUser alice = TestUsers.create("CLIENT");
        try (ChatSocket socket = ChatSocket.open(server().wsUri("/ws/chat?token=" + alice.token()),
                Map.of("Origin", "http://localhost:3000"))) {
            socket.awaitEvent("authenticated");
        }
    }

    @Test
    void foreignOriginIsRefusedAtTheHandshake() {
        TestUser alice = TestUsers.create("CLIENT");
        assertThatThrownBy(() -> ChatSocket.open(server().wsUri("/ws/chat?token=" + alice.token()),
                Map.of("Origin", "https://evil.example.test")))
                .isInstanceOfSatisfying(ChatSocket.HandshakeFailure.class,
                        failure -> assertThat(failure.status()).contains(403));
    }
}
