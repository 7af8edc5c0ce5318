package com.arizon.chat.bench;

import static com.arizon.chat.bench.Report.print;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What every scenario starts from: fresh users, each with one WebSocket over the transport, in rooms
 * created over REST and joined over the WebSocket. The WebSockets share a few HTTP clients and a
 * small thread pool, never a thread per connection.
 */
final class Population implements AutoCloseable {

    private static final int CLIENTS = 4;
    private static final int SETUP_CONCURRENCY = 64;

    private final BenchServers servers;
    private final Transport transport;
    private final List<HttpClient> clients = new ArrayList<>();
    private final ExecutorService clientThreads = Executors.newFixedThreadPool(CLIENTS);

    Population(BenchServers servers, Transport transport) {
        this.servers = servers;
        this.transport = transport;
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads).build());
        }
    }

    /**
     * {@code count} users in rooms of {@code members} (the first creates it with the others), each
     * signed in on the instance of its place in the room ({@link BenchServers#forMember}) and joined;
     * fails when a step takes longer than {@code stepTimeout}.
     */
    List<BenchConnection> populate(int count, int members, BenchConnection.Timeline timeline, Duration stepTimeout)
            throws InterruptedException {
        long started = System.nanoTime();
        List<BenchConnection> connections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            TestUser user = TestUsers.create("CLIENT");
            connections.add(new BenchConnection(i, servers.forMember(i % members), user, transport.wireFor(user),
                    timeline));
        }
        inParallel(connections, connection -> connection.open(clients.get(connection.index() % CLIENTS)),
                stepTimeout);
        print("%,d connections signed in over %s (%d s)", count, transport, seconds(started));
        Api api = Api.of(servers.first().address());
        for (int first = 0; first < count; first += members) {
            List<BenchConnection> room = connections.subList(first, Math.min(count, first + members));
            TestUser owner = room.get(0).user();
            ApiResponse created = api.as(owner).post("/api/chat/rooms", Map.of(
                    "name", "bench " + first, "type", "GROUP", "maxMembers", Math.max(2, members),
                    "participantIds", room.stream().skip(1).map(connection -> connection.user().id()).toList()));
            if (created.status() != 201) {
                throw new IllegalStateException("Cannot create a room: " + created);
            }
            String roomId = created.data().getJsonObject("chatRoom").getString("id");
            room.forEach(connection -> connection.assignRoom(roomId));
        }
        inParallel(connections, BenchConnection::join, stepTimeout);
        print("%,d rooms created and joined (%d s)", (count + members - 1) / members, seconds(started));
        Thread.sleep(3_000); // let the presence announcements of the arrivals settle
        return connections;
    }

    @Override
    public void close() {
        clientThreads.shutdownNow();
    }

    private static void inParallel(List<BenchConnection> connections,
            Function<BenchConnection, CompletableFuture<Void>> step, Duration timeout) throws InterruptedException {
        Semaphore slots = new Semaphore(SETUP_CONCURRENCY);
        List<CompletableFuture<Void>> steps = new ArrayList<>(connections.size());
        for (BenchConnection connection : connections) {
            slots.acquire();
            steps.add(step.apply(connection).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((done, failure) -> slots.release()));
        }
        CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new)).join();
    }

    private static long seconds(long startedNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos);
    }
}
