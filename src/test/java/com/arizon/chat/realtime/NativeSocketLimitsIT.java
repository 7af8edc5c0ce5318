package com.arizon.chat.realtime;

import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.RawWebSocket;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The limits of contract section 7 on the native transport, at their defaults. */
class NativeSocketLimitsIT {

    private static final int SEND_BURST = 20;
    private static final int MAX_FRAME_BYTES = 65_536;
    private static final int MAX_CONNECTIONS = 20;

    @Test
    void sendMessageBeyondItsBurstIsRateLimitedAndDropped() {
        TestUser alice = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice)) {
            // Refused sends cost the server almost nothing, so these drain the burst well within a second.
            for (int i = 0; i < SEND_BURST; i++) {
                socket.emit("send_message", Map.of("roomId", roomId));
            }
            int stored = 10;
            for (int i = 0; i < stored; i++) {
                socket.emit("send_message", Map.of("roomId", roomId, "content", "burst " + i));
            }

            int attempts = SEND_BURST + stored;
            socket.awaitFrame(frame -> answers(socket) == attempts, "an answer to each of " + attempts + " sends");
            assertThat(rateLimited(socket)).isPositive();
            assertThat(storedBurst(alice, roomId)).isEqualTo(socket.events("message_sent").size());
            socket.sync();
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void typingBeyondFivePerSecondIsRateLimited() {
        TestUser alice = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice)) {
            socket.joinRoom(roomId);
            for (int i = 0; i < 15; i++) {
                socket.emit("typing_start", Map.of("roomId", roomId));
            }
            socket.awaitEvent("error", data -> data.getString("code").equals("RATE_LIMITED"));
            socket.sync();
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void anyEventsBeyondFiftyPerSecondAreRateLimited() {
        try (ChatSocket socket = ChatSocket.signedIn(server(), user())) {
            int written = 200;
            long start = System.nanoTime();
            for (int i = 0; i < written; i++) {
                socket.emit("leave_room", Map.of("roomId", "flood-" + i));
            }
            socket.awaitFrame(frame -> socket.events("room_left").size() + rateLimited(socket) == written,
                    "an answer to each of " + written + " events");
            long admitted = socket.events("room_left").size();
            assertThat(admitted).isBetween(RateLimits.ALL_EVENTS.burst(),
                    RateLimits.ALL_EVENTS.allowedWithin(System.nanoTime() - start));
            assertThat(socket.isClosed()).isFalse();
        }
    }

    /**
     * Counted as frames arrive, not as the server gets round to them: of 100 sends written at once,
     * the burst of 20 (and at most what refills while they arrive) is stored, the rest refused. The abuse
     * rule (ten times a limit for ten seconds: close 1008) is ChatGatewayTest's, on a fake clock.
     */
    @Test
    void aBurstWrittenAtOnceIsLimitedOnArrival() {
        TestUser alice = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice)) {
            int written = 100;
            long start = System.nanoTime();
            for (int i = 0; i < written; i++) {
                socket.emit("send_message", Map.of("roomId", roomId, "content", "burst " + i));
            }

            socket.awaitFrame(frame -> answers(socket) == written, "an answer to each of " + written + " sends");
            int stored = socket.events("message_sent").size();
            // A send admitted by the limit may still be shed as busy on a loaded machine (ChatGateway)
            assertThat(stored + shedAsBusy(socket)).isBetween((long) SEND_BURST,
                    RateLimits.SEND_MESSAGE.allowedWithin(System.nanoTime() - start));
            assertThat(rateLimited(socket)).isEqualTo(written - stored);
            assertThat(storedBurst(alice, roomId)).isEqualTo(stored);
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void aFrameOverSixtyFourKibibytesGetsAnErrorAndClose1009() {
        TestUser alice = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        try (ChatSocket socket = ChatSocket.signedIn(server(), alice);
             ChatSocket bystander = ChatSocket.signedIn(server(), alice)) {
            String padding = "p".repeat(MAX_FRAME_BYTES - 200);
            socket.sendRaw("{\"event\":\"send_message\",\"data\":{\"roomId\":\"" + roomId
                    + "\",\"content\":\"just under\",\"padding\":\"" + padding + "\"}}");
            socket.awaitEvent("message_sent");

            socket.sendRaw("{\"event\":\"send_message\",\"data\":{\"roomId\":\"" + roomId
                    + "\",\"content\":\"over\",\"padding\":\"" + padding + "x".repeat(300) + "\"}}");

            assertThat(socket.awaitEvent("error").getString("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(socket.awaitClose().code()).isEqualTo(1009);
            bystander.sync();
            assertThat(bystander.isClosed()).isFalse();
        }
    }

    @Test
    void theTwentyFirstConnectionOfAUserIsRefused() {
        TestUser alice = user();
        List<ChatSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_CONNECTIONS; i++) {
                sockets.add(ChatSocket.signedIn(server(), alice));
            }
            try (ChatSocket extra = ChatSocket.connect(server(), alice)) {
                JsonObject error = extra.awaitEvent("error");
                assertThat(error.getString("code")).isEqualTo("RATE_LIMITED");
                assertThat(extra.awaitClose().code()).isEqualTo(1008);
                assertThat(extra.events("authenticated")).isEmpty();
            }

            sockets.remove(0).close();
            await().atMost(ChatSocket.TIMEOUT).untilAsserted(() -> {
                try (ChatSocket replacement = ChatSocket.connect(server(), alice)) {
                    replacement.awaitFrame(frame -> frame.event().equals("authenticated")
                            || frame.event().equals("error"), "an answer to the handshake");
                    assertThat(replacement.events("authenticated")).isNotEmpty();
                }
            });
            sockets.forEach(socket -> assertThat(socket.isClosed()).isFalse());
        } finally {
            sockets.forEach(ChatSocket::close);
        }
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedAndTheRoomKeepsFlowing() {
        TestUser alice = user();
        TestUser bob = user();
        TestUser stalled = user();
        String roomId = RealtimeFixtures.publicRoom(alice, bob, stalled);
        String bigContent = "\uD83D\uDE00".repeat(4000); // 4,000 code points, 16,000 bytes
        try (ChatSocket bobSocket = ChatSocket.signedIn(server(), bob);
             RawWebSocket stalledSocket = RawWebSocket.connect(server(), stalled)) {
            bobSocket.joinRoom(roomId);
            joinWatched(stalledSocket, stalled, roomId, bobSocket);

            Set<String> posted = new HashSet<>();
            for (int i = 0; i < 600 && bobSocket.events("user_offline").isEmpty(); i++) {
                posted.add(RealtimeFixtures.postOverRest(i % 2 == 0 ? alice : bob, roomId, bigContent));
            }

            JsonObject offline = bobSocket.awaitEvent("user_offline");
            assertThat(offline.getString("userId")).isEqualTo(stalled.id());
            bobSocket.awaitFrame(frame -> received(bobSocket).containsAll(posted), "every posted message");
            assertThat(bobSocket.isClosed()).isFalse();
        }
    }

    @Test
    void aPeerThatNeverAnswersPingsIsClosedAndGoesOfflineWhileAnsweringOnesStay() {
        TestUser bob = user();
        TestUser silent = user();
        String roomId = RealtimeFixtures.publicRoom(bob, silent);
        try (ChatSocket bobSocket = ChatSocket.signedIn(server(), bob);
             RawWebSocket silentSocket = RawWebSocket.connect(server(), silent)) {
            bobSocket.joinRoom(roomId);
            joinWatched(silentSocket, silent, roomId, bobSocket);

            // The shared server beats every 3 s: the raw socket, which answers no ping, goes within two
            JsonObject offline = bobSocket.awaitEvent("user_offline");
            assertThat(offline.getString("userId")).isEqualTo(silent.id());
            assertThat(bobSocket.isClosed()).isFalse();
            String posted = RealtimeFixtures.postOverRest(bob, roomId, "still connected");
            bobSocket.awaitEvent("new_message", data -> data.getJsonObject("message").getString("id").equals(posted));
        }
    }

    /** Joins the raw socket's user to the room and waits until the watcher sees them online. */
    private static void joinWatched(RawWebSocket socket, TestUser user, String roomId, ChatSocket watcher) {
        socket.sendText("{\"event\":\"join_room\",\"data\":{\"roomId\":\"" + roomId + "\"}}");
        socket.readUntil("room_joined");
        watcher.awaitEvent("user_online", data -> data.getString("userId").equals(user.id()));
    }

    private static Set<String> received(ChatSocket socket) {
        Set<String> ids = new HashSet<>();
        socket.events("new_message").forEach(data -> ids.add(data.getJsonObject("message").getString("id")));
        return ids;
    }

    private static long storedBurst(TestUser user, String roomId) {
        ApiResponse history = RealtimeFixtures.api(user).get("/api/chat/rooms/" + roomId + "/messages?limit=100");
        return history.data().getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("content").startsWith("burst ")).count();
    }

    private static long answers(ChatSocket socket) {
        return socket.events("message_sent").size() + socket.events("message_error").size() + rateLimited(socket);
    }

    private static long shedAsBusy(ChatSocket socket) {
        return socket.events("error").stream()
                .filter(data -> data.getString("message").startsWith("The server is busy"))
                .count();
    }

    private static long rateLimited(ChatSocket socket) {
        return socket.events("error").stream().filter(data -> data.getString("code").equals("RATE_LIMITED")).count();
    }
}
