package com.arizon.chat.realtime;

import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.ServerThreadDump;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.Concurrently;
import com.arizon.chat.realtime.CrowdPart.Behaviour;
import com.arizon.chat.realtime.CrowdPart.Room;
import com.arizon.chat.realtime.socketio.RawSocketIoClient;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Overload on both real-time transports at once, the pattern that deadlocked the server on
 * 2026-12-07 (Socket.IO clients, 400-600 messages/s offered, slow and vanishing clients): hundreds
 * of Socket.IO clients flood one room's send turn at full speed while native clients listen in it,
 * some clients stop reading (the server must drop them), some vanish while sending or while joining,
 * native clients send in a second room, and at the end of each round all the rest vanish at once.
 *
 * <p>On Socket.IO that reproduces a cycle of threads. Every HTTP worker holds a Socket.IO client's
 * lock while that client's {@code send_message} waits for the flooded room's send turn; their
 * clients are dropped, and the close tasks, one per client, wait for those locks and fill the
 * managed executor; the next close it refuses runs inline, inside a connection's lock and perhaps the
 * room's send turn, and waits for a client lock too. (Native clients send in the second room so that
 * the workers waiting in the flooded room are all Socket.IO's.)
 *
 * <p>Rounds repeat for about 40 s or until HotSpot's deadlock detection ({@code jcmd <pid>
 * Thread.print}) reports a cycle in the server after a round. Then readiness must answer within 1 s
 * and fresh clients of both transports must still chat. Everything is bounded in count and time and
 * stays on loopback; each round drops every client it opened, even on failure.
 */
class RealtimeStressIT {

    private static final Logger LOG = Logger.getLogger(RealtimeStressIT.class.getName());

    /** Rounds begin until this much time has passed; each takes 15-20 s. */
    private static final Duration ROUNDS_BEGIN_WITHIN = Duration.ofSeconds(30);
    /** How long a round's crowd may take to enter; on a busy machine not all of it makes it. */
    private static final Duration ENTRY_LIMIT = Duration.ofSeconds(12);
    /**
     * How long the crowd sends before it vanishes: long enough to tie up every HTTP worker in the
     * flooded room's send turn, short enough that few of those have had their turn yet.
     */
    private static final Duration SENDING = Duration.ofMillis(2500);
    /** How long the close storm at the end of a round has before the server's threads are dumped. */
    private static final Duration STORM = Duration.ofMillis(1500);
    /** Long messages make each turn's fan-out slow, so the flooded room's senders wait long. */
    private static final int MESSAGE_LENGTH = 3900;
    private static final List<CrowdPart> CROWD = List.of(
            new CrowdPart("Socket.IO sending", StressClient::socketIoReading, 230, Room.FLOODED, Behaviour.SENDS),
            new CrowdPart("Socket.IO listening", StressClient::socketIoReading, 50, Room.FLOODED, Behaviour.LISTENS),
            new CrowdPart("Socket.IO vanishing", StressClient::socketIoReading, 20, Room.FLOODED,
                    Behaviour.SENDS_THEN_VANISHES),
            new CrowdPart("Socket.IO stalled", StressClient::socketIoStalled, 20, Room.FLOODED, Behaviour.SENDS),
            new CrowdPart("Socket.IO joining", StressClient::socketIoReading, 10, Room.FLOODED,
                    Behaviour.VANISHES_WHILE_JOINING),
            new CrowdPart("native listening", StressClient::nativeReading, 10, Room.FLOODED, Behaviour.LISTENS),
            new CrowdPart("native stalled", StressClient::nativeStalled, 10, Room.FLOODED, Behaviour.LISTENS),
            new CrowdPart("native joining", StressClient::nativeReading, 6, Room.FLOODED,
                    Behaviour.VANISHES_WHILE_JOINING),
            new CrowdPart("native sending", StressClient::nativeReading, 4, Room.SIDE, Behaviour.SENDS),
            new CrowdPart("native vanishing", StressClient::nativeReading, 2, Room.SIDE,
                    Behaviour.SENDS_THEN_VANISHES));
    /**
     * Within the limit of 20 per user even with those of the last round not yet closed. Few users
     * keep the presence updates small: each lists every user online in the room.
     */
    private static final int CONNECTIONS_PER_REGULAR = 8;
    /** Above the rooms' default of 100 members: the regulars, and the newcomers of every round. */
    private static final int MAX_MEMBERS = 2000;
    private static final Duration READY_WITHIN = Duration.ofSeconds(1);
    /** How long the server may take to work off the last round's backlog before it must be ready. */
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(READY_WITHIN)
            .build();

    private final ChatServer server = ChatServer.shared();
    private final ChatFixtures fixtures = ChatFixtures.on(server);

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void overloadWithSlowAndVanishingClientsLeavesNoDeadlockAndAServerThatStillChats() throws Exception {
        TestUser admin = fixtures.user("ADMIN");
        List<TestUser> regulars = Concurrently.run(Collections.nCopies(regularsNeeded(), fixtures::user));
        String sideRoom = room(admin, "side", regulars);

        long start = System.nanoTime();
        for (int round = 1; elapsedSince(start).compareTo(ROUNDS_BEGIN_WITHIN) < 0; round++) {
            String floodedRoom = room(admin, "flooded " + round, regulars);
            try (StressRound stress = new StressRound(server, round,
                    Map.of(Room.FLOODED, floodedRoom, Room.SIDE, sideRoom), regulars, MESSAGE_LENGTH)) {
                stress.run(CROWD, ENTRY_LIMIT, SENDING);
            }
            TimeUnit.MILLISECONDS.sleep(STORM.toMillis());
            ServerThreadDump dump = ServerThreadDump.of(server);
            int finished = round;
            LOG.info(() -> String.format("After round %d (%d s): %d threads in the server's managed executor, "
                    + "%d HTTP workers", finished, elapsedSince(start).toSeconds(),
                    dump.threadsNamed("managedThreadFactory-Thread"), dump.threadsNamed("http-thread-pool")));
            Optional<String> deadlock = dump.deadlockReport();
            if (deadlock.isPresent()) {
                Path saved = dump.save("stress-deadlock-thread-dump");
                fail("jcmd Thread.print found a deadlock in the server after round %d, %d s in (whole dump: %s):%n%s",
                        round, elapsedSince(start).toSeconds(), saved, deadlock.get());
            }
            // the senders still waiting for its send turn give up at once, instead of holding every
            // HTTP worker while the next round's crowd tries to get in
            ApiResponse deleted = fixtures.as(admin).delete("/api/admin/chat/rooms/" + floodedRoom);
            assertThat(deleted.status()).as("%s", deleted).isEqualTo(200);
        }

        await("/health/ready answering UP within " + READY_WITHIN.toMillis() + " ms")
                .atMost(RECOVERY)
                .pollInterval(Duration.ofMillis(500))
                .until(this::readyWithinASecond);
        nativeClientsStillChat();
        socketIoClientsStillChat();
    }

    private static int regularsNeeded() {
        int regularClients = CROWD.stream()
                .filter(part -> part.behaviour() != Behaviour.VANISHES_WHILE_JOINING)
                .mapToInt(CrowdPart::count)
                .sum();
        return (regularClients + CONNECTIONS_PER_REGULAR - 1) / CONNECTIONS_PER_REGULAR;
    }

    /** A public room with the regulars in it already, so that a round's entry costs them no join. */
    private String room(TestUser owner, String name, List<TestUser> members) {
        return fixtures.room(owner, Map.of("name", name, "type", "GROUP", "maxMembers", MAX_MEMBERS),
                members.toArray(TestUser[]::new));
    }

    private static Duration elapsedSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private boolean readyWithinASecond() throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/health/ready"))
                .timeout(READY_WITHIN)
                .GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && "UP".equals(status(response.body()));
        } catch (IOException noAnswerInTime) {
            return false;
        }
    }

    private static String status(String health) {
        try (JsonReader reader = Json.createReader(new StringReader(health))) {
            return reader.readObject().getString("status", "");
        } catch (JsonException | ClassCastException e) {
            return "";
        }
    }

    private static void nativeClientsStillChat() {
        try (SubscribedPair pair = SubscribedPair.open()) {
            String content = "native after the storm " + UUID.randomUUID();
            pair.aliceSocket().emit("send_message", Map.of("roomId", pair.roomId(), "type", "TEXT", "content", content));

            assertThat(pair.bobSocket().awaitEvent("new_message",
                    data -> content.equals(data.getJsonObject("message").getString("content")))
                    .getJsonObject("message").getJsonObject("sender").getString("id"))
                    .isEqualTo(pair.alice().id());
        }
    }

    private void socketIoClientsStillChat() {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = RealtimeFixtures.publicRoom(alice, bob);
        try (RawSocketIoClient aliceSocket = RawSocketIoClient.connect(server, alice);
                RawSocketIoClient bobSocket = RawSocketIoClient.connect(server, bob)) {
            aliceSocket.emit("join_room", Map.of("roomId", roomId)).awaitEvent("room_joined", roomId);
            bobSocket.emit("join_room", Map.of("roomId", roomId)).awaitEvent("room_joined", roomId);
            String content = "Socket.IO after the storm " + UUID.randomUUID();
            aliceSocket.emit("send_message", Map.of("roomId", roomId, "type", "TEXT", "content", content));

            assertThat(bobSocket.awaitEvent("new_message", content)).contains(alice.id());
        }
    }
}
