package com.arizon.chat.realtime;

import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.Concurrently;
import com.arizon.chat.it.support.JsonValues;
import com.arizon.chat.it.support.ServerThreadDump;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.realtime.CrowdPart.Behaviour;
import com.arizon.chat.realtime.CrowdPart.Room;
import com.arizon.chat.realtime.socketio.RawSocketIoClient;
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
 * 2026-12-07 (Socket.IO clients, hundreds of messages/s offered, slow and vanishing clients). Each
 * round a crowd of a few hundred clients enters a fresh room: Socket.IO clients send into it at full
 * speed ({@code send_message} 10/s each, far more than the room's send turn lets through), Socket.IO
 * and native clients listen in it, some stop reading so that the server has to drop them, some
 * vanish while sending or while joining, and native clients send at full speed in a second room.
 * Then all the rest vanish at once.
 *
 * <p>On Socket.IO that reproduces the cycle of the report. Every HTTP worker holds a Socket.IO
 * client's monitor while that client's {@code send_message} waits for the room's send turn. Once the
 * clients are gone, a close task per client waits for its monitor, and with the listeners' close
 * tasks they fill the managed executor; a close it then refuses runs inline on the thread that found
 * the client gone, inside a connection's lock (and perhaps the send turn), and waits for a client
 * monitor too, while the worker holding the send turn waits for that connection's lock. Native
 * clients send in the second room so that the workers stuck in the first are all Socket.IO's.
 *
 * <p>Rounds begin during the first 25 s (about 40 s in all) and stop after the first round for which
 * HotSpot's deadlock detection ({@code jcmd <pid> Thread.print}) reports a cycle in the server. Then
 * {@code /health/ready} must answer within 1 s (once the last round's backlog is worked off) and
 * fresh clients of both transports must still chat. Everything is bounded in count and time and stays
 * on loopback; each round drops every client it opened, even on failure.
 */
class RealtimeStressIT {

    private static final Logger LOG = Logger.getLogger(RealtimeStressIT.class.getName());

    /** Rounds begin until this much time has passed; each takes 10-20 s. */
    private static final Duration ROUNDS_BEGIN_WITHIN = Duration.ofSeconds(25);
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
    /**
     * Senders share users, so that presence updates, which list every user online in the room, stay
     * small while the crowd enters; each Socket.IO listener has a user of its own, so that its close
     * tells the whole room that its user went offline.
     */
    private static final List<CrowdPart> CROWD = List.of(
            new CrowdPart("Socket.IO sending", StressClient::socketIoReading, 230, 8, Room.FLOODED,
                    Behaviour.SENDS),
            new CrowdPart("Socket.IO listening", StressClient::socketIoReading, 50, 1, Room.FLOODED,
                    Behaviour.LISTENS),
            new CrowdPart("Socket.IO vanishing", StressClient::socketIoReading, 20, 4, Room.FLOODED,
                    Behaviour.SENDS_THEN_VANISHES),
            new CrowdPart("Socket.IO stalled", StressClient::socketIoStalled, 20, 4, Room.FLOODED, Behaviour.SENDS),
            new CrowdPart("Socket.IO joining", StressClient::socketIoReading, 10, 1, Room.FLOODED,
                    Behaviour.VANISHES_WHILE_JOINING),
            new CrowdPart("native listening", StressClient::nativeReading, 10, 5, Room.FLOODED, Behaviour.LISTENS),
            new CrowdPart("native stalled", StressClient::nativeStalled, 10, 5, Room.FLOODED, Behaviour.LISTENS),
            new CrowdPart("native joining", StressClient::nativeReading, 6, 1, Room.FLOODED,
                    Behaviour.VANISHES_WHILE_JOINING),
            new CrowdPart("native sending", StressClient::nativeReading, 4, 4, Room.SIDE, Behaviour.SENDS),
            new CrowdPart("native vanishing", StressClient::nativeReading, 2, 2, Room.SIDE,
                    Behaviour.SENDS_THEN_VANISHES));
    /** Above the rooms' default of 100 members: the regulars and a round's newcomers. */
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
            // without the room, the senders still waiting for its send turn give up at once instead of
            // holding every HTTP worker while the next round's crowd tries to get in
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
        return CROWD.stream().mapToInt(CrowdPart::users).sum();
    }

    /** A public room with the regulars in it already, so that entering it makes no new members but newcomers. */
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
        try (JsonReader reader = JsonValues.JSON.createReader(new StringReader(health))) {
            return reader.readObject().getString("status", "");
        } catch (JsonException | ClassCastException e) {
            return "";
        }
    }

    private static void nativeClientsStillChat() {
        try (SubscribedPair pair = SubscribedPair.open()) {
            String content = "native after the storm " + UUID.randomUUID();
            pair.aliceSocket().emit("send_message",
                    Map.of("roomId", pair.roomId(), "type", "TEXT", "content", content));

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
