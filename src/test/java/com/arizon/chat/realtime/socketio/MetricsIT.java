package com.arizon.chat.realtime.socketio;

import static com.arizon.chat.realtime.RealtimeFixtures.postOverRest;
import static com.arizon.chat.realtime.RealtimeFixtures.publicRoom;
import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.JavaSocketIo;
import com.arizon.chat.it.support.ServerMetrics;
import com.arizon.chat.it.support.TestUser;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.DoubleAccumulator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The application metrics at {@code /metrics} move by what clients do: one client on each transport
 * (native, Socket.IO over WebSocket, Socket.IO long-polling) joins a room and sends, REST posts, a
 * client types past its limit, and a long-polling client that stops fetching is dropped as a slow
 * consumer. The server is shared with the
 * other ITs, which run one at a time: every assertion is on the difference between two scrapes, taken
 * once the server is quiet.
 */
class MetricsIT {

    private static final Duration QUIET = Duration.ofMillis(600);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String[] TRANSPORTS = {"native", "socketio-websocket", "socketio-polling"};
    private static final List<String> MOVING = List.of("chat_deliveries_total", "chat_commit_to_push_seconds_count",
            "chat_connections_closed_total", "chat_rest_responses_total");

    @Test
    void countersAndGaugesFollowClientsOnEveryTransport() throws Exception {
        TestUser alice = user();
        TestUser bob = user();
        TestUser carol = user();
        TestUser dave = user();
        String roomId = publicRoom(alice, bob, carol, dave);
        ServerMetrics start = quiet();

        try (ChatSocket aliceNative = ChatSocket.signedIn(server(), alice);
             JavaSocketIo bobWebSocket = JavaSocketIo.connect(server(), WebSocket.NAME, Optional.of(bob.token()));
             JavaSocketIo carolPolling = JavaSocketIo.connect(server(), Polling.NAME, Optional.of(carol.token()))) {
            aliceNative.joinRoom(roomId);
            for (JavaSocketIo client : List.of(bobWebSocket, carolPolling)) {
                client.await("authenticated");
                client.emit("join_room", Map.of("roomId", roomId)).await("room_joined");
            }
            ServerMetrics joined = quiet();
            for (String transport : TRANSPORTS) {
                assertThat(joined.since(start, "chat_connections", "transport", transport)).as(transport).isEqualTo(1);
            }
            assertThat(joined.since(start, "chat_users_online")).isEqualTo(3);
            assertThat(joined.since(start, "chat_rooms_active")).isEqualTo(1);

            aliceNative.emit("send_message", Map.of("roomId", roomId, "content", "over native"));
            aliceNative.awaitEvent("message_sent");
            bobWebSocket.emitWithAck("send_message", Map.of("roomId", roomId, "content", "over Socket.IO WebSocket"));
            carolPolling.emitWithAck("send_message", Map.of("roomId", roomId, "content", "over Socket.IO polling"));
            postOverRest(dave, roomId, "over REST");
            // each message reaches the three connections but its sender's: three new_message each
            aliceNative.awaitFrame(frame -> aliceNative.events("new_message").size() == 3, "three new messages");
            Awaitility.await().atMost(TIMEOUT).until(() -> bobWebSocket.count("new_message") == 3
                    && carolPolling.count("new_message") == 3);
            ServerMetrics sent = quiet();
            assertThat(sent.since(joined, "chat_messages_posted_total", "transport", "native")).isEqualTo(1);
            assertThat(sent.since(joined, "chat_messages_posted_total", "transport", "socketio")).isEqualTo(2);
            assertThat(sent.since(joined, "chat_messages_posted_total", "transport", "rest")).isEqualTo(1);
            assertThat(sent.since(joined, "chat_deliveries_total")).isEqualTo(9);
            assertThat(sent.since(joined, "chat_send_to_commit_seconds_count")).as("real-time sends").isEqualTo(3);
            assertThat(sent.since(joined, "chat_commit_to_push_seconds_count")).as("one push per message").isEqualTo(4);
            assertThat(sent.since(joined, "chat_rest_request_seconds_count", "class", "MessagesResource", "method",
                    "send")).isEqualTo(1);
            assertThat(sent.since(joined, "chat_rest_responses_total", "status", "2xx")).isEqualTo(1);
            assertThat(sent.value("chat_send_to_commit_seconds", "quantile", "0.99")).isPositive();

            for (int i = 0; i < 15; i++) {
                aliceNative.emit("typing_start", Map.of("roomId", roomId));
            }
            aliceNative.sync();
            long refused = aliceNative.events("error").stream()
                    .filter(error -> error.getString("code").equals("RATE_LIMITED")).count();
            assertThat(refused).as("typing is limited to five a second").isPositive();
            ServerMetrics typed = quiet();
            assertThat(typed.since(sent, "chat_rate_limited_total", "limit", "typing")).isEqualTo(refused);
            assertThat(typed.since(sent, "chat_rate_limited_total", "limit", "events")).isZero();

            double deepestQueue = dropASlowConsumer(List.of(alice, bob, carol, dave), roomId, aliceNative);
            assertThat(deepestQueue).as("the stalled client's buffer, seen while it filled").isGreaterThan(100);
            ServerMetrics dropped = quiet();
            assertThat(dropped.since(typed, "chat_connections_closed_total", "reason", "slow_consumer"))
                    .as("closes since: slow consumer, heartbeat %s, client %s",
                            dropped.since(typed, "chat_connections_closed_total", "reason", "heartbeat"),
                            dropped.since(typed, "chat_connections_closed_total", "reason", "client"))
                    .isEqualTo(1);
            for (String transport : TRANSPORTS) {
                assertThat(dropped.since(typed, "chat_connections", "transport", transport)).as(transport).isZero();
            }
        }

        ServerMetrics closed = quiet();
        assertThat(closed.since(start, "chat_connections_closed_total", "reason", "client")).isEqualTo(3);
        for (String transport : TRANSPORTS) {
            assertThat(closed.since(start, "chat_connections", "transport", transport)).as(transport).isZero();
        }
        assertThat(closed.since(start, "chat_users_online")).isZero();
        assertThat(closed.since(start, "chat_rooms_active")).isZero();
    }

    /**
     * A Socket.IO long-polling client that answers pings (a pong needs no GET) but never polls for
     * what the server has for it, while REST posts to its room from several threads, until the watcher
     * sees it go offline: its session's buffer overflows. Returns the deepest outbound queue sampled.
     */
    private static double dropASlowConsumer(List<TestUser> posters, String roomId, ChatSocket watcher)
            throws Exception {
        TestUser stalled = user();
        EngineIoWire wire = new EngineIoWire(server());
        String session = EngineIoWire.poll(wire.pollingHandshake().getString("sid"));
        wire.post(session, "40{\"token\":\"" + stalled.token() + "\"}");
        wire.post(session, "42[\"join_room\",{\"roomId\":\"" + roomId + "\"}]"); // public: joins it
        watcher.awaitEvent("user_online", data -> data.getString("userId").equals(stalled.id()));
        AtomicBoolean offline = new AtomicBoolean();
        DoubleAccumulator deepest = new DoubleAccumulator(Math::max, 0);
        ExecutorService threads = Executors.newFixedThreadPool(posters.size() + 2);
        try {
            threads.execute(() -> {
                while (!offline.get() && wire.post(session, "3").statusCode() == 200) {
                    pause(Duration.ofMillis(300));
                }
            });
            for (TestUser poster : posters) {
                threads.execute(() -> {
                    for (int i = 0; i < 400 && !offline.get(); i++) {
                        postOverRest(poster, roomId, "filling " + i);
                    }
                });
            }
            threads.execute(() -> {
                while (!offline.get()) {
                    deepest.accumulate(scrape().value("chat_outbound_queue_depth_max"));
                }
            });
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> watcher.events("user_offline").stream()
                    .anyMatch(data -> data.getString("userId").equals(stalled.id())));
        } finally {
            offline.set(true);
            threads.shutdown();
            assertThat(threads.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
        return deepest.get();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A scrape once the counters that follow pushes and closes have stopped moving. */
    private static ServerMetrics quiet() {
        ServerMetrics[] last = {scrape()};
        Awaitility.await().atMost(TIMEOUT).pollDelay(QUIET).pollInterval(QUIET).until(() -> {
            ServerMetrics now = scrape();
            boolean still = MOVING.stream().allMatch(name -> unchanged(now, last[0], name));
            last[0] = now;
            return still;
        });
        return last[0];
    }

    private static boolean unchanged(ServerMetrics now, ServerMetrics before, String name) {
        return switch (name) {
            case "chat_connections_closed_total" -> now.since(before, name, "reason", "client") == 0
                    && now.since(before, name, "reason", "slow_consumer") == 0;
            case "chat_rest_responses_total" -> now.since(before, name, "status", "2xx") == 0;
            default -> now.since(before, name) == 0;
        };
    }

    private static ServerMetrics scrape() {
        return ServerMetrics.scrape(server().baseUri());
    }
}
