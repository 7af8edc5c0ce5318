package com.arizon.chat.bench;

import static com.arizon.chat.bench.Report.print;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Load generator for REST reads (a command, not a test), run as {@code scripts/bench.sh rest}.
 * Starts the server on PostgreSQL with the test token issuer and the per-user REST limit lifted,
 * provisions one user in {@value #ROOMS} rooms (a second user in each, {@value #HISTORY} messages in
 * the first), then keeps one request in flight on each of {@code --connections} (32) keep-alive
 * connections, all as that user: {@code GET /api/chat/rooms} for {@code --warmup} (15) plus
 * {@code --seconds} (30) seconds, then the same for {@code GET /api/chat/rooms/{id}/messages?limit=50}.
 * Reports requests per second, latency percentiles and CPU of each measured phase.
 */
public final class RestReadLoad {

    private static final int ROOMS = 20;
    private static final int HISTORY = 60;
    private static final int PAGE = 50;
    // High enough that no bucket ever runs dry: the limit is not what this measures.
    private static final String UNLIMITED_REQUESTS_PER_SECOND = "1000000";

    private final Map<String, String> options;
    private ChatServer server;
    private ServerProcess process;

    private RestReadLoad(Map<String, String> options) {
        this.options = options;
    }

    /** {@code [--connections 32] [--seconds 30] [--warmup 15] [--port 18201]} */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        RestReadLoad load = new RestReadLoad(options);
        try {
            load.run();
        } finally {
            load.stop();
        }
    }

    private void run() throws Exception {
        int port = intOption("port", 18201);
        long started = System.nanoTime();
        server = ChatServer.builder("bench-rest").port(port).postgres().externalIssuer()
                .env("CHAT_REST_REQUESTS_PER_SECOND", UNLIMITED_REQUESTS_PER_SECOND)
                .start();
        process = new ServerProcess(server.pid());
        print("server pid %d on port %d ready (%d s)", process.pid(), port,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));

        TestUser user = TestUsers.create("CLIENT");
        String historyRoom = provision(user);
        List<KeepAliveConnection> connections = new ArrayList<>();
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        for (int i = 0; i < intOption("connections", 32); i++) {
            connections.add(new KeepAliveConnection(address));
        }
        ClosedLoopLoad load = new ClosedLoopLoad(connections);
        String host = "localhost:" + port;
        String authorization = "Bearer " + user.token();
        measure(load, "/api/chat/rooms", host, authorization);
        measure(load, "/api/chat/rooms/" + historyRoom + "/messages?limit=" + PAGE, host, authorization);
        connections.forEach(KeepAliveConnection::close);
    }

    /** The user in {@value #ROOMS} rooms with a peer who wrote in each; returns the room with the long history. */
    private String provision(TestUser user) {
        TestUser peer = TestUsers.create("CLIENT");
        Api api = Api.of(server);
        require(api.as(peer).get("/api/chat/rooms"), 200); // a user exists from their first request
        List<String> rooms = new ArrayList<>();
        for (int i = 0; i < ROOMS; i++) {
            ApiResponse created = api.as(user).post("/api/chat/rooms", Map.of(
                    "name", "rest bench " + i, "type", "GROUP", "participantIds", List.of(peer.id())));
            require(created, 201);
            rooms.add(created.data().getJsonObject("chatRoom").getString("id"));
        }
        for (int i = 0; i < HISTORY; i++) {
            TestUser sender = i % 2 == 0 ? peer : user;
            require(api.as(sender).post("/api/chat/rooms/" + rooms.get(0) + "/messages",
                    Map.of("content", "history message " + i, "type", "TEXT")), 201);
        }
        for (String room : rooms.subList(1, rooms.size())) {
            require(api.as(peer).post("/api/chat/rooms/" + room + "/messages",
                    Map.of("content", "hello", "type", "TEXT")), 201);
        }
        int listed = require(api.as(user).get("/api/chat/rooms"), 200).data().getJsonArray("chatRooms").size();
        int page = require(api.as(user).get("/api/chat/rooms/" + rooms.get(0) + "/messages?limit=" + PAGE), 200)
                .data().getJsonArray("messages").size();
        print("one user in %d rooms, %d messages in a page of the first", listed, page);
        return rooms.get(0);
    }

    private void measure(ClosedLoopLoad load, String path, String host, String authorization)
            throws InterruptedException {
        byte[] request = KeepAliveConnection.get(path, host, authorization);
        int warmup = intOption("warmup", 15);
        int seconds = intOption("seconds", 30);
        String name = "GET " + path.replaceFirst("/rooms/[^/]+/", "/rooms/{id}/");
        print("%s: warm-up %d s, then %d s measured, %d connections", name, warmup, seconds,
                intOption("connections", 32));
        ClosedLoopLoad.Result warm = load.run(request, TimeUnit.SECONDS.toNanos(warmup));
        print("  warm-up: %.0f requests/s", warm.perSecond());
        CpuUse before = CpuUse.now(process);
        ClosedLoopLoad.Result result = load.run(request, TimeUnit.SECONDS.toNanos(seconds));
        CpuUse cpu = CpuUse.now(process).minus(before);
        print("  %.0f requests/s; %s", result.perSecond(), result.latencies().summary());
        print("  failures: %,d%s", result.failures(),
                result.firstFailure() == null ? "" : " (first: " + result.firstFailure() + ")");
        print("  CPU in cores: %s; server CPU per request %.2f ms", cpu.inCores(result.nanos()),
                cpu.server() / 1e6 / Math.max(1, result.latencies().count()));
    }

    private static ApiResponse require(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response);
        }
        return response;
    }

    private void stop() {
        if (server != null) {
            server.close();
        }
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }
}
