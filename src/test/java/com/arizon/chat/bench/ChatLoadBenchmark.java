package com.arizon.chat.bench;

import static com.arizon.chat.bench.Report.print;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Load generator for the real-time transports (a command, not a test). Starts the server on
 * PostgreSQL with the test token issuer, provisions users and rooms over REST, opens one WebSocket
 * per member over {@code --transport native} ({@code /ws/chat}, the default) or {@code socketio}
 * (Socket.IO over WebSocket, as socket.io-client with {@code transports: ['websocket']}), and runs
 * one scenario:
 *
 * <ul>
 *   <li>{@code fanout}: random members of {@code --rooms} rooms of {@code --members} send, at
 *   {@code --rate} messages per second in total (the same share for each room), for {@code --seconds} after {@code --warmup}
 *   seconds; reports messages persisted per second, deliveries per second, send-to-{@code message_sent}
 *   and send-to-{@code new_message} latency, lost and duplicated deliveries, and server memory and CPU,
 *   then send-to-{@code new_message} latency per 10 s of sending from the first message, warm-up
 *   included, to show how the server warms up. With {@code --instances} N over 1 it starts N instances
 *   on the data grid, places member i of each room on instance i mod N, and reports send-to-{@code
 *   new_message} latency separately for deliveries on the sender's instance and on another one.</li>
 *   <li>{@code overload}: as {@code fanout} without warm-up, but offering more than the server takes,
 *   {@code --rate} 2,000 messages per second by default for {@code --seconds}, spread over every
 *   connection (a connection over its limit of 10 {@code send_message} per second, bursts of 20, is
 *   refused with {@code RATE_LIMITED}). Meanwhile {@link HealthProbe} asks {@code /health/ready}
 *   every 200 ms, each time on a fresh connection with 1 s to answer, during the load and for 10 s after. Reports the figures of
 *   {@code fanout}, what became of the messages sent (acknowledged, refused {@code RATE_LIMITED},
 *   other errors, unanswered), the connections the server closed and how, the worst health probe
 *   and the probes that failed or took over 1 s; then whether two fresh clients can still connect,
 *   join a room and exchange a message, and how many acknowledged messages are missing from their
 *   rooms' history. Every wait is bounded, so it ends and reports even when the server stops
 *   answering.</li>
 *   <li>{@code idle}: holds {@code --connections} signed-in connections subscribed to rooms of
 *   {@code --members} for {@code --seconds}; reports heap and resident memory per connection.</li>
 * </ul>
 *
 * Run through {@code scripts/bench.sh}, e.g. {@code scripts/bench.sh fanout --rate 1000 --seconds 30}.
 * {@code --jfr file.jfr} records the server with Flight Recorder during the measured phase (instance
 * n of a cluster to {@code file-instance<n>.jfr}). The server listens on {@code --port}, instance n of
 * a cluster on {@code --port + n - 1} and its grid member on {@code --grid-port + n - 1}.
 */
public final class ChatLoadBenchmark {

    private static final Duration SETUP_STEP = Duration.ofSeconds(60);
    private static final Duration DRAIN = Duration.ofSeconds(20);
    private static final Duration AFTER_OVERLOAD = Duration.ofSeconds(10);
    private static final String RATE_LIMITED = "RATE_LIMITED";
    private static final long SENDER_SEED = 20_240_101;
    private static final int DEFAULT_GRID_PORT = 5801;
    private static final String DEFAULT_DATABASE = "arizon_chat_bench";

    private final Map<String, String> options;
    private final Transport transport;
    /** Seeded: every run with the same options picks the same senders. */
    private final Random senders = new Random(SENDER_SEED);
    private BenchServers servers;
    private Population population;
    private long serverReadyAt;

    private ChatLoadBenchmark(Map<String, String> options) {
        this.options = options;
        this.transport = Transport.named(options.getOrDefault("transport", "native"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("rest")) {
            RestReadLoad.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length == 0 || !List.of("fanout", "overload", "idle").contains(args[0])) {
            print("usage: fanout [--rooms 20] [--members 50] [--rate 1000] [--seconds 30] [--warmup 10]"
                    + " | overload [--rooms 20] [--members 50] [--rate 2000] [--seconds 30]"
                    + " | idle [--connections 10000] [--members 50] [--seconds 60] [--histogram file.txt];"
                    + " all: [--transport native|socketio] [--port 18201] [--jfr file.jfr];"
                    + " fanout: [--instances 1] [--grid-port " + DEFAULT_GRID_PORT + "]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        ChatLoadBenchmark benchmark = new ChatLoadBenchmark(options);
        try {
            benchmark.startServers(args[0]);
            switch (args[0]) {
                case "fanout" -> benchmark.fanout();
                case "overload" -> benchmark.overload();
                default -> benchmark.idle();
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
        List<BenchConnection> connections = population.populate(rooms * members, members, timeline, SETUP_STEP);

        print("warm-up: %d s at %d messages/s", warmup, rate);
        long next = send(connections, rate, members, 0, (long) rate * warmup);
        Thread.sleep(2_000);
        timeline.measureFrom(next);
        print("measuring: %d s at %d messages/s over %d rooms x %d members", seconds, rate, rooms, members);
        startRecording();
        List<ServerCounters> counters = ServerCounters.from(servers);
        CpuUse cpuBefore = CpuUse.now(servers.processes());
        long started = System.nanoTime();
        long end = send(connections, rate, members, next, next + (long) rate * seconds);
        long sendingNanos = System.nanoTime() - started;
        long drained = awaitDeliveries(connections, end, members);
        long windowNanos = drained - started;
        CpuUse cpu = CpuUse.now(servers.processes()).minus(cpuBefore);
        stopRecording();
        print("--- fan-out results ---");
        report(connections, timeline, next, end, members, sendingNanos, windowNanos, cpu);
        counters.forEach(instance -> instance.report(windowNanos / 1e9));
    }

    /**
     * More than the server can take, as in {@link #fanout} without warm-up, while a probe watches
     * its health; then whether it still serves newcomers and kept every message it acknowledged.
     */
    private void overload() throws Exception {
        int rooms = intOption("rooms", 20);
        int members = intOption("members", 50);
        int rate = intOption("rate", 2000);
        int seconds = intOption("seconds", 30);
        long messages = (long) rate * seconds;
        BenchConnection.Timeline timeline = new BenchConnection.Timeline((int) messages);
        List<BenchConnection> connections = population.populate(rooms * members, members, timeline, SETUP_STEP);
        timeline.measureFrom(0);
        print("overload: %d s at %d messages/s over %d rooms x %d members, %.1f/s per connection;"
                + " /health/ready probed every %d ms", seconds, rate, rooms, members,
                rate / (double) connections.size(), HealthProbe.INTERVAL.toMillis());
        HealthProbe health = new HealthProbe(servers.first().address().baseUri());
        startRecording();
        List<ServerCounters> counters = ServerCounters.from(servers);
        CpuUse cpuBefore = CpuUse.now(servers.processes());
        health.start();
        long started = System.nanoTime();
        send(connections, rate, members, 0, messages);
        long sendingNanos = System.nanoTime() - started;
        health.loadEnded(AFTER_OVERLOAD);
        long drained = awaitDeliveries(connections, messages, members);
        CpuUse cpu = CpuUse.now(servers.processes()).minus(cpuBefore);
        stopRecording();
        HealthProbe.Results probes = health.results();
        print("--- overload results ---");
        report(connections, timeline, 0, messages, members, sendingNanos, drained - started, cpu);
        reportReplies(connections, messages);
        counters.forEach(instance -> instance.report((drained - started) / 1e9));
        print("/health/ready during the load: %s", probes.duringLoad());
        print("/health/ready in the %d s after: %s", AFTER_OVERLOAD.toSeconds(), probes.afterLoad());
        print("after the load, two fresh clients connect, join and exchange a message: %s",
                FreshClientCheck.run(population));
        print("history: %s", HistoryCheck.run(servers.first().address(), connections));
    }

    private void idle() throws Exception {
        int count = intOption("connections", 10_000);
        int members = intOption("members", 50);
        int seconds = intOption("seconds", 60);
        ServerProcess process = servers.first().process();
        long heapBefore = process.heapUsedAfterGcKib();
        long rssBefore = process.residentKib();
        print("server before: heap %,d KiB after GC, RSS %,d KiB", heapBefore, rssBefore);
        BenchConnection.Timeline timeline = new BenchConnection.Timeline(count);
        List<BenchConnection> connections = population.populate(count, members, timeline, SETUP_STEP);
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

    /**
     * Sends messages {@code from} (inclusive) to {@code to} at {@code rate}: consecutive messages go to
     * consecutive rooms, each from a member picked at random.
     */
    private long send(List<BenchConnection> connections, int rate, int members, long from, long to)
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
            int member = senders.nextInt(members);
            connections.get(room * members + member).sendMessage(seq);
        }
        return to;
    }

    /**
     * Waits until each of the {@code sent} messages has its reply and every other room member has
     * every measured message that was acknowledged, or the drain time is up; returns when.
     */
    private static long awaitDeliveries(List<BenchConnection> connections, long sent, int members)
            throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        long last = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long answered = 0;
            long expected = 0;
            long delivered = 0;
            for (BenchConnection connection : connections) {
                answered += connection.acknowledged() + connection.failures();
                expected += connection.sentLatency().count() * (members - 1L);
                delivered += connection.measuredDeliveries();
            }
            if (answered >= sent && delivered >= expected) {
                return System.nanoTime();
            }
            last = System.nanoTime();
            Thread.sleep(20);
        }
        return last;
    }

    private void report(List<BenchConnection> connections, BenchConnection.Timeline timeline, long from, long to,
            int members, long sendingNanos, long windowNanos, CpuUse cpu) {
        Latencies sent = new Latencies();
        Latencies delivered = new Latencies();
        Latencies sameInstance = new Latencies();
        Latencies otherInstance = new Latencies();
        LatencyWindows deliveredByWindow = new LatencyWindows();
        long acknowledged;
        long duplicates = 0;
        Map<String, Long> failures = failuresByCode(connections);
        Map<String, Long> closes = new TreeMap<>();
        String firstFailure = null;
        for (BenchConnection connection : connections) {
            sent.addAll(connection.sentLatency());
            sameInstance.addAll(connection.sameInstanceLatency());
            otherInstance.addAll(connection.otherInstanceLatency());
            deliveredByWindow.addAll(connection.deliveryWindows());
            duplicates += connection.duplicates();
            if (connection.isClosed()) {
                closes.merge(connection.closeCause(), 1L, Long::sum);
            }
            if (firstFailure == null) {
                firstFailure = connection.firstFailure();
            }
        }
        delivered.addAll(sameInstance);
        delivered.addAll(otherInstance);
        acknowledged = sent.count();
        long expected = acknowledged * (members - 1L);
        long deliveries = connections.stream().mapToLong(BenchConnection::measuredDeliveries).sum();
        double sendingSeconds = sendingNanos / 1e9;
        double windowSeconds = windowNanos / 1e9;
        print("messages sent: %,d in %.1f s (%.0f/s offered)", to - from, sendingSeconds, (to - from) / sendingSeconds);
        print("messages persisted (message_sent): %,d, %.0f/s", acknowledged, acknowledged / windowSeconds);
        print("deliveries (new_message): %,d of %,d expected, %.0f/s", deliveries, expected, deliveries / windowSeconds);
        print("lost deliveries: %,d, duplicated deliveries: %,d, error replies: %,d%s, connections closed: %,d%s",
                Math.max(0, expected - deliveries), duplicates, sum(failures),
                failures.isEmpty() ? "" : " (" + counts(failures) + "; first: " + firstFailure + ")",
                sum(closes), closes.isEmpty() ? "" : " (" + counts(closes) + "; " + closeTimes(connections, timeline) + ")");
        print("send -> message_sent: %s", sent.summary());
        print("send -> new_message: %s", delivered.summary());
        if (servers.clustered()) {
            print("send -> new_message on the sender's instance: %s", sameInstance.summary());
            print("send -> new_message on another instance: %s", otherInstance.summary());
        }
        print("send -> new_message by %d s of sending, warm-up included (the first message %d s after the server"
                + " was ready):", LatencyWindows.WINDOW.toSeconds(),
                TimeUnit.NANOSECONDS.toSeconds(timeline.firstSentAt() - serverReadyAt));
        deliveredByWindow.rows().forEach(row -> print("  %s", row));
        servers.all().forEach(instance -> print("%s RSS %,d KiB (peak %,d KiB)",
                servers.clustered() ? "instance " + instance.number() : "server", instance.process().residentKib(),
                instance.process().peakResidentKib()));
        print("CPU over %.1f s, in cores: %s", windowSeconds, cpu.inCores(windowNanos));
    }

    /** What became of each message sent: acknowledged, refused for the rate, refused otherwise, or nothing. */
    private static void reportReplies(List<BenchConnection> connections, long sent) {
        long acknowledged = connections.stream().mapToLong(BenchConnection::acknowledged).sum();
        Map<String, Long> failures = failuresByCode(connections);
        long rateLimited = failures.getOrDefault(RATE_LIMITED, 0L);
        long otherErrors = sum(failures) - rateLimited;
        print("sends: %,d offered, %,d acknowledged, %,d refused %s, %,d other errors, %,d unanswered", sent,
                acknowledged, rateLimited, RATE_LIMITED, otherErrors, Math.max(0, sent - acknowledged - sum(failures)));
    }

    /** "from 28 to 31 s after the first message" */
    private static String closeTimes(List<BenchConnection> connections, BenchConnection.Timeline timeline) {
        LongSummaryStatistics times = connections.stream().filter(BenchConnection::isClosed)
                .mapToLong(connection -> connection.closedAt() - timeline.firstSentAt()).summaryStatistics();
        return String.format("from %.1f to %.1f s after the first message", times.getMin() / 1e9, times.getMax() / 1e9);
    }

    private static Map<String, Long> failuresByCode(List<BenchConnection> connections) {
        Map<String, Long> failures = new TreeMap<>();
        connections.forEach(connection ->
                connection.failuresByCode().forEach((code, count) -> failures.merge(code, count, Long::sum)));
        return failures;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "3 x close 1008 Slow consumer, 1 x ..." */
    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> String.format("%,d x %s", entry.getValue(), entry.getKey()))
                .collect(Collectors.joining(", "));
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

    private void startServers(String scenario) {
        int port = intOption("port", 18201);
        int instances = intOption("instances", 1);
        long started = System.nanoTime();
        if (instances == 1) {
            servers = BenchServers.single(port);
            print("server pid %d on port %d ready (%d s)", servers.first().process().pid(), port, seconds(started));
        } else if (scenario.equals("fanout")) {
            int gridPort = intOption("grid-port", DEFAULT_GRID_PORT);
            servers = BenchServers.cluster(instances, port, gridPort,
                    System.getProperty("chat.bench.db", DEFAULT_DATABASE));
            print("%d instances on the data grid (members from port %d) ready (%d s): %s", instances, gridPort,
                    seconds(started), servers.all().stream()
                            .map(instance -> String.format("instance %d pid %d on port %d", instance.number(),
                                    instance.process().pid(), instance.port()))
                            .collect(Collectors.joining(", ")));
        } else {
            throw new IllegalArgumentException("--instances is for fanout only");
        }
        serverReadyAt = System.nanoTime();
        population = new Population(servers, transport);
    }

    private void startRecording() {
        if (options.containsKey("jfr")) {
            servers.all().forEach(instance -> instance.process().startRecording(recordingOf(instance)));
        }
    }

    private void stopRecording() {
        if (options.containsKey("jfr")) {
            servers.all().forEach(instance -> {
                instance.process().stopRecording();
                print("flight recording: %s", recordingOf(instance).toAbsolutePath());
            });
        }
    }

    /** {@code --jfr}, or for instance n of a cluster {@code x-instance<n>.jfr}. */
    private Path recordingOf(BenchServers.Instance instance) {
        String file = options.get("jfr");
        return Path.of(servers.clustered() ? file.replaceFirst("(\\.jfr)?$", "-instance" + instance.number() + "$1")
                : file);
    }

    private void stop() throws Exception {
        if (population != null) {
            population.close();
        }
        if (servers != null) {
            servers.close();
        }
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private static long seconds(long startedNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos);
    }
}
