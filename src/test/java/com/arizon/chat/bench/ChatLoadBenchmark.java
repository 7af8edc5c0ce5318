package com.arizon.chat.bench;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.StreamHandler;
import java.util.logging.Logger;
import java.util.logging.LogRecord;
import java.util.logging.Formatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Load generator for the native WebSocket transport (a command, not a test). Starts the server on
 * PostgreSQL with the test token issuer, provisions users and rooms over REST, opens one WebSocket
 * per member, and runs one scenario:
 *
 * <ul>
 *   <li>{@code fanout}: every member of {@code --rooms} rooms of {@code --members} sends in turn, at
 *   {@code --rate} messages per second in total, for {@code --seconds} after {@code --warmup}
 *   seconds; reports messages persisted per second, deliveries per second, send-to-{@code message_sent}
 *   and send-to-{@code new_message} latency, lost and duplicated deliveries, and server memory and CPU.</li>
 *   <li>{@code idle}: holds {@code --connections} signed-in connections subscribed to rooms of
 *   {@code --members} for {@code --seconds}; reports heap and resident memory per connection.</li>
 * </ul>
 *
 * Run through {@code scripts/bench.sh}, e.g. {@code scripts/bench.sh fanout --rate 1000 --seconds 30}.
 * {@code --jfr file.jfr} records the server with Flight Recorder during the measured phase.
 */
public final class ChatLoadBenchmark {

    private static final Logger REPORT = reportLogger();

    private static final int CLIENTS = 4;
    private static final int SETUP_CONCURRENCY = 64;
    private static final Duration DRAIN = Duration.ofSeconds(20);

    private final Map<String, String> options;
    private final List<HttpClient> clients = new ArrayList<>();
    private final ExecutorService clientThreads = Executors.newFixedThreadPool(CLIENTS);
    private ChatServer server;
    private ServerProcess process;

    private ChatLoadBenchmark(Map<String, String> options) {
        this.options = options;
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientThreads).build());
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("rest")) {
            RestReadLoad.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length == 0 || !(args[0].equals("fanout") || args[0].equals("idle"))) {
            print("usage: fanout [--rooms 20] [--members 50] [--rate 1000] [--seconds 30] [--warmup 10]"
                    + " | idle [--connections 10000] [--members 50] [--seconds 60];"
                    + " [--histogram file.txt]; both: [--port 18201] [--jfr file.jfr]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        ChatLoadBenchmark benchmark = new ChatLoadBenchmark(options);
        try {
            benchmark.startServer();
            if (args[0].equals("fanout")) {
                benchmark.fanout();
            } else {
                benchmark.idle();
            }
        } finally {
            benchmark.stop();
        }
    }

    private void fanout() throws Exception {
        int rooms = intOption("rooms", 20);
        int members = intOption("members", 50);
        int rate = intOption("rate", 1000);
        int seconds = intOption("seconds", 30);
        int warmup = intOption("warmup", 10);
        BenchConnection.Timeline timeline = new BenchConnection.Timeline((int) ((long) rate * (seconds + warmup) + 1));
        List<BenchConnection> connections = populate(rooms * members, members, timeline);

        print("warm-up: %d s at %d messages/s", warmup, rate);
        long next = send(connections, rate, members, 0, (long) rate * warmup);
        Thread.sleep(2_000);
        timeline.measureFrom(next);
        print("measuring: %d s at %d messages/s over %d rooms x %d members", seconds, rate, rooms, members);
        startRecording();
        CpuUse cpuBefore = CpuUse.now(process);
        long started = System.nanoTime();
        long end = send(connections, rate, members, next, next + (long) rate * seconds);
        long sendingNanos = System.nanoTime() - started;
        long drained = awaitDeliveries(connections, end - next, members);
        long windowNanos = drained - started;
        CpuUse cpu = CpuUse.now(process).minus(cpuBefore);
        stopRecording();
        report(connections, next, end, members, sendingNanos, windowNanos, cpu);
    }

    private void idle() throws Exception {
        int count = intOption("connections", 10_000);
        int members = intOption("members", 50);
        int seconds = intOption("seconds", 60);
        long heapBefore = process.heapUsedAfterGcKib();
        long rssBefore = process.residentKib();
        print("server before: heap %,d KiB after GC, RSS %,d KiB", heapBefore, rssBefore);
        BenchConnection.Timeline timeline = new BenchConnection.Timeline(count);
        List<BenchConnection> connections = populate(count, members, timeline);
        long heapSubscribed = process.heapUsedAfterGcKib();
        print("server heap after GC with %,d connections subscribed: %,d KiB: %.1f KiB per connection", count,
                heapSubscribed, (heapSubscribed - heapBefore) / (double) count);
        if (options.containsKey("histogram")) {
            process.writeHistogram(Path.of(options.get("histogram")));
        }
        startRecording();
        print("holding %,d connections for %d s", count, seconds);
        long peakRss = 0;
        for (int second = 0; second < seconds; second++) {
            Thread.sleep(1_000);
            peakRss = Math.max(peakRss, process.residentKib());
        }
        stopRecording();
        long open = connections.stream().filter(connection -> !connection.isClosed()).count();
        long heapAfter = process.heapUsedAfterGcKib();
        long rssAfter = process.residentKib();
        print("open after %d s: %,d of %,d", seconds, open, count);
        print("server heap after GC: %,d KiB -> %,d KiB: %.1f KiB per connection", heapBefore, heapAfter,
                (heapAfter - heapBefore) / (double) count);
        print("server RSS: %,d KiB -> %,d KiB (peak while holding %,d KiB): %.1f KiB per connection",
                rssBefore, rssAfter, peakRss, (rssAfter - rssBefore) / (double) count);
        checkAlive(connections, members, timeline);
    }

    /** Users, rooms of {@code members} (the first creates it with the others), connections joined to them. */
    private List<BenchConnection> populate(int count, int members, BenchConnection.Timeline timeline)
            throws Exception {
        long started = System.nanoTime();
        List<BenchConnection> connections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            connections.add(new BenchConnection(i, TestUsers.create("CLIENT"), timeline));
        }
        URI chat = server.wsUri("/ws/chat");
        inParallel(connections, connection -> connection.open(clients.get(connection.index() % CLIENTS), chat));
        print("%,d connections signed in (%d s)", count, seconds(started));
        Api api = Api.of(server);
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
        inParallel(connections, BenchConnection::join);
        print("%,d rooms created and joined (%d s)", (count + members - 1) / members, seconds(started));
        Thread.sleep(3_000); // let the presence announcements of the arrivals settle
        return connections;
    }

    /**
     * Sends messages {@code from} (inclusive) to {@code to} at {@code rate}: consecutive messages go to
     * consecutive rooms, and each room's members take turns.
     */
    private static long send(List<BenchConnection> connections, int rate, int members, long from, long to)
            throws InterruptedException {
        int rooms = connections.size() / members;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (long seq = from; seq < to; seq++) {
            long due = start + (seq - from) * interval;
            long wait = due - System.nanoTime();
            if (wait > 200_000) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int room = (int) (seq % rooms);
            int member = (int) ((seq / rooms) % members);
            connections.get(room * members + member).sendMessage(seq);
        }
        return to;
    }

    /** Waits until every other room member has every measured message, or the drain time is up; returns when. */
    private static long awaitDeliveries(List<BenchConnection> connections, long messages, int members)
            throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        long expected = messages * (members - 1L);
        long last = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long delivered = connections.stream().mapToLong(BenchConnection::measuredDeliveries).sum();
            if (delivered >= expected) {
                return System.nanoTime();
            }
            last = System.nanoTime();
            Thread.sleep(20);
        }
        return last;
    }

    private void report(List<BenchConnection> connections, long from, long to, int members, long sendingNanos,
            long windowNanos, CpuUse cpu) {
        Latencies sent = new Latencies();
        Latencies delivered = new Latencies();
        long acknowledged;
        long duplicates = 0;
        long failures = 0;
        String firstFailure = null;
        for (BenchConnection connection : connections) {
            sent.addAll(connection.sentLatency());
            delivered.addAll(connection.deliveryLatency());
            duplicates += connection.duplicates();
            failures += connection.failures();
            if (firstFailure == null) {
                firstFailure = connection.firstFailure();
            }
        }
        acknowledged = sent.count();
        long expected = acknowledged * (members - 1L);
        long deliveries = connections.stream().mapToLong(BenchConnection::measuredDeliveries).sum();
        double sendingSeconds = sendingNanos / 1e9;
        double windowSeconds = windowNanos / 1e9;
        print("--- fan-out results ---");
        print("messages sent: %,d in %.1f s (%.0f/s offered)", to - from, sendingSeconds, (to - from) / sendingSeconds);
        print("messages persisted (message_sent): %,d, %.0f/s", acknowledged, acknowledged / windowSeconds);
        print("deliveries (new_message): %,d of %,d expected, %.0f/s", deliveries, expected, deliveries / windowSeconds);
        long closed = connections.stream().filter(BenchConnection::isClosed).count();
        print("lost deliveries: %,d, duplicated deliveries: %,d, error replies: %,d%s, connections closed: %d",
                Math.max(0, expected - deliveries), duplicates, failures,
                firstFailure == null ? "" : " (first: " + firstFailure + ")", closed);
        print("send -> message_sent: %s", sent.summary());
        print("send -> new_message: %s", delivered.summary());
        print("server RSS %,d KiB (peak %,d KiB)", process.residentKib(), process.peakResidentKib());
        print("CPU over %.1f s, in cores: server %.2f, PostgreSQL %.2f, generator %.2f, whole machine %.2f of %d",
                windowSeconds, cpu.server() / (double) windowNanos, cpu.postgres() / (double) windowNanos,
                cpu.generator() / (double) windowNanos, cpu.machine() / (double) windowNanos,
                Runtime.getRuntime().availableProcessors());
    }

    /** One message per room after the hold: every other member must receive it. */
    private void checkAlive(List<BenchConnection> connections, int members, BenchConnection.Timeline timeline)
            throws InterruptedException {
        timeline.measureFrom(0);
        List<Integer> senders = new ArrayList<>();
        for (int first = 0; first < connections.size(); first += members) {
            senders.add(first);
            connections.get(first).sendMessage(first);
        }
        long deadline = System.nanoTime() + DRAIN.toNanos();
        long expected = 0;
        long got = 0;
        while (System.nanoTime() < deadline) {
            expected = 0;
            got = 0;
            for (int first : senders) {
                for (int i = first + 1; i < Math.min(connections.size(), first + members); i++) {
                    expected++;
                    got += connections.get(i).hasReceived(first) ? 1 : 0;
                }
            }
            if (got == expected) {
                break;
            }
            Thread.sleep(100);
        }
        print("after the hold, one message per room: %,d of %,d deliveries", got, expected);
    }

    private void inParallel(List<BenchConnection> connections, Function<BenchConnection, CompletableFuture<Void>> step)
            throws InterruptedException {
        Semaphore slots = new Semaphore(SETUP_CONCURRENCY);
        List<CompletableFuture<Void>> steps = new ArrayList<>(connections.size());
        for (BenchConnection connection : connections) {
            slots.acquire();
            steps.add(step.apply(connection).orTimeout(60, TimeUnit.SECONDS)
                    .whenComplete((done, failure) -> slots.release()));
        }
        CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new)).join();
    }

    private void startServer() {
        int port = intOption("port", 18201);
        long started = System.nanoTime();
        server = ChatServer.builder("bench").port(port).postgres().externalIssuer().start();
        process = new ServerProcess(server.pid());
        print("server pid %d on port %d ready (%d s)", process.pid(), port, seconds(started));
    }

    private void startRecording() {
        if (options.containsKey("jfr")) {
            process.startRecording(Path.of(options.get("jfr")));
        }
    }

    private void stopRecording() {
        if (options.containsKey("jfr")) {
            process.stopRecording();
            print("flight recording: %s", Path.of(options.get("jfr")).toAbsolutePath());
        }
    }

    private void stop() {
        clientThreads.shutdownNow();
        if (server != null) {
            server.close();
        }
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    /** CPU time used so far by the server, PostgreSQL, this generator and the whole machine. */
    private record CpuUse(long server, long postgres, long generator, long machine) {

        static CpuUse now(ServerProcess process) {
            return new CpuUse(process.cpuNanos(), ServerProcess.postgresCpuNanos(),
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime(), ServerProcess.machineBusyNanos());
        }

        CpuUse minus(CpuUse before) {
            return new CpuUse(server - before.server, postgres - before.postgres, generator - before.generator,
                    machine - before.machine);
        }
    }

    private static long seconds(long startedNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos);
    }

    private static void print(String format, Object... args) {
        REPORT.info("[bench] " + String.format(format, args));
    }

    /** The figures this command exists to print: bare lines on standard output, no log decoration. */
    private static Logger reportLogger() {
        Logger logger = Logger.getLogger(ChatLoadBenchmark.class.getName() + ".report");
        logger.setUseParentHandlers(false);
        StreamHandler handler = new StreamHandler(System.out, new Formatter() {
            @Override
            public String format(LogRecord logRecord) {
                return logRecord.getMessage() + System.lineSeparator();
            }
        }) {
            @Override
            public synchronized void publish(LogRecord logRecord) {
                super.publish(logRecord);
                flush();
            }
        };
        logger.addHandler(handler);
        return logger;
    }
}
