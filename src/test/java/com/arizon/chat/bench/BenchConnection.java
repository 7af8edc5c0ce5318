package com.arizon.chat.bench;

import com.arizon.chat.it.support.TestUser;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One simulated client over the transport its {@link ChatWire} speaks: signs in at the handshake,
 * joins one room, sends when told, and counts what arrives. Frames are recognised by their text
 * (event name, the benchmark's {@code clientMessageId}), not parsed as JSON, so the generator spends
 * little CPU per delivery.
 */
final class BenchConnection implements WebSocket.Listener {

    private static final String BENCH_ID = "\"clientMessageId\":\"b-";
    private static final String ERROR_CODE = "\"code\":\"";
    private static final String NO_CODE = "(no code)";

    private final int index;
    private final BenchServers.Instance instance;
    private final TestUser user;
    private final ChatWire wire;
    private final Timeline timeline;
    private final CompletableFuture<Void> authenticated = new CompletableFuture<>();
    private final CompletableFuture<Void> joined = new CompletableFuture<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final BitSet received = new BitSet();
    private final BitSet acknowledgedSeqs = new BitSet();
    private final Map<String, Long> failuresByCode = new TreeMap<>();
    private final Latencies sameInstanceLatency = new Latencies();
    private final Latencies otherInstanceLatency = new Latencies();
    private final LatencyWindows deliveryWindows = new LatencyWindows();
    private final Latencies sentLatency = new Latencies();
    private CompletableFuture<WebSocket> sending;
    private String roomId;
    private long measuredDeliveries;
    private long duplicates;
    private long acknowledged;
    private long failures;
    private String firstFailure;
    private String farewell;
    private volatile long closedAt;

    BenchConnection(int index, BenchServers.Instance instance, TestUser user, ChatWire wire, Timeline timeline) {
        this.index = index;
        this.instance = instance;
        this.user = user;
        this.wire = wire;
        this.timeline = timeline;
    }

    TestUser user() {
        return user;
    }

    int index() {
        return index;
    }

    void assignRoom(String room) {
        this.roomId = room;
    }

    String roomId() {
        return roomId;
    }

    /** Opens the connection to its instance; completes once the server said {@code authenticated}. */
    synchronized CompletableFuture<Void> open(HttpClient client) {
        sending = client.newWebSocketBuilder().buildAsync(wire.address(instance.address()), this);
        return sending.thenCompose(webSocket -> authenticated);
    }

    /** Subscribes to the assigned room; completes on {@code room_joined}. */
    CompletableFuture<Void> join() {
        emit("join_room", "{\"roomId\":\"" + roomId + "\"}");
        return joined;
    }

    /** Sends message number {@code seq} to this connection's room. */
    void sendMessage(long seq) {
        String data = "{\"roomId\":\"" + roomId
                + "\",\"type\":\"TEXT\",\"content\":\"benchmark message " + seq + " with some typical chat length text"
                + "\",\"clientMessageId\":\"b-" + seq + "\"}";
        timeline.sent(seq, instance.number());
        emit("send_message", data);
    }

    private synchronized void emit(String event, String data) {
        send(wire.event(event, data));
    }

    /** Sends frames one after another: the JDK client takes one send at a time per connection. */
    private synchronized void send(String frame) {
        sending = sending.thenCompose(webSocket -> webSocket.sendText(frame, true));
    }

    /** Closes the connection once the frames before have gone out. */
    synchronized void close() {
        sending.thenAccept(webSocket -> webSocket.sendClose(WebSocket.NORMAL_CLOSURE, ""));
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /** How the connection ended, e.g. "close 1008 Slow consumer"; null while open. */
    String closeCause() {
        return closed.getNow(null);
    }

    /** When it ended ({@link System#nanoTime()}); 0 while open. */
    long closedAt() {
        return closedAt;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (!last || partial.length() > 0) {
            partial.append(data);
            if (last) {
                handle(partial.toString());
                partial.setLength(0);
            }
        } else {
            handle(data.toString());
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        ended("close " + statusCode + (reason.isEmpty() ? "" : " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ended("error " + error);
    }

    /** The cause, after what the server said before closing, if it said anything. */
    private void ended(String how) {
        String cause;
        synchronized (this) {
            cause = farewell == null ? how : farewell + ", then " + how;
        }
        closedAt = System.nanoTime();
        closed.complete(cause);
        IllegalStateException ended = new IllegalStateException(cause);
        authenticated.completeExceptionally(ended);
        joined.completeExceptionally(ended);
    }

    private void handle(String frame) {
        long now = System.nanoTime();
        ChatWire.Inbound inbound = wire.read(frame);
        if (inbound.answer() != null) {
            send(inbound.answer());
        }
        String text = inbound.text();
        switch (inbound.kind()) {
            case AUTHENTICATED -> authenticated.complete(null);
            case JOINED -> joined.complete(null);
            case DELIVERED -> delivered(benchSeq(text), now);
            case ACKNOWLEDGED -> acknowledged(benchSeq(text), now);
            case REFUSED -> failed(text);
            case DISCONNECTED -> disconnected(text);
            default -> {
                // presence, typing, heartbeats and the like: not measured
            }
        }
    }

    private synchronized void delivered(long seq, long now) {
        if (seq < 0) {
            return;
        }
        if (received.get((int) seq)) {
            duplicates++;
            return;
        }
        received.set((int) seq);
        long latency = now - timeline.sentAt(seq);
        deliveryWindows.add(timeline.windowOf(seq), latency);
        if (timeline.isMeasured(seq)) {
            measuredDeliveries++;
            (timeline.senderInstance(seq) == instance.number() ? sameInstanceLatency : otherInstanceLatency)
                    .add(latency);
        }
    }

    private synchronized void acknowledged(long seq, long now) {
        if (seq < 0) {
            return;
        }
        acknowledged++;
        acknowledgedSeqs.set((int) seq);
        if (timeline.isMeasured(seq)) {
            sentLatency.add(now - timeline.sentAt(seq));
        }
    }

    private synchronized void failed(String text) {
        failures++;
        failuresByCode.merge(errorCode(text), 1L, Long::sum);
        if (firstFailure == null) {
            firstFailure = text.length() > 300 ? text.substring(0, 300) : text;
        }
        joined.completeExceptionally(new IllegalStateException(text));
    }

    private synchronized void disconnected(String text) {
        farewell = farewell == null ? text : farewell + ", " + text;
    }

    private static String errorCode(String text) {
        int at = text.indexOf(ERROR_CODE);
        if (at < 0) {
            return NO_CODE;
        }
        int from = at + ERROR_CODE.length();
        int to = text.indexOf('"', from);
        return to < 0 ? NO_CODE : text.substring(from, to);
    }

    private static long benchSeq(String text) {
        int at = text.indexOf(BENCH_ID);
        if (at < 0) {
            return -1;
        }
        int from = at + BENCH_ID.length();
        long seq = 0;
        for (int i = from; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            seq = seq * 10 + (text.charAt(i) - '0');
        }
        return seq;
    }

    synchronized boolean hasReceived(long seq) {
        return received.get((int) seq);
    }

    /** Distinct deliveries of measured messages. */
    synchronized long measuredDeliveries() {
        return measuredDeliveries;
    }

    synchronized long duplicates() {
        return duplicates;
    }

    /** Every {@code message_sent}, warm-up included. */
    synchronized long acknowledged() {
        return acknowledged;
    }

    /** The messages this connection sent that the server acknowledged. */
    synchronized BitSet acknowledgedSeqs() {
        return (BitSet) acknowledgedSeqs.clone();
    }

    /** Error replies by their code ({@code RATE_LIMITED}, ...). */
    synchronized Map<String, Long> failuresByCode() {
        return new TreeMap<>(failuresByCode);
    }

    synchronized long failures() {
        return failures;
    }

    synchronized String firstFailure() {
        return firstFailure;
    }

    /** Send to {@code new_message} of measured messages sent by a member on this connection's instance. */
    Latencies sameInstanceLatency() {
        return sameInstanceLatency;
    }

    /** Send to {@code new_message} of measured messages sent by a member on another instance. */
    Latencies otherInstanceLatency() {
        return otherInstanceLatency;
    }

    /** Send to {@code new_message} of every message, warm-up included, by window of send time. */
    LatencyWindows deliveryWindows() {
        return deliveryWindows;
    }

    Latencies sentLatency() {
        return sentLatency;
    }

    /**
     * When each benchmark message was sent and from which instance, and which ones are measured (the
     * warm-up ones are not).
     */
    static final class Timeline {

        private final AtomicLongArray sentAt;
        private final AtomicIntegerArray senderInstance;
        private volatile long measuredFrom = Long.MAX_VALUE;
        private volatile long firstSentAt;

        Timeline(int capacity) {
            sentAt = new AtomicLongArray(capacity);
            senderInstance = new AtomicIntegerArray(capacity);
        }

        /** Called by one thread, the sender on {@code instance}, before the message goes out. */
        void sent(long seq, int instance) {
            senderInstance.set((int) seq, instance);
            long now = System.nanoTime();
            if (firstSentAt == 0) {
                firstSentAt = now;
            }
            sentAt.set((int) seq, now);
        }

        /** When the first message was sent ({@link System#nanoTime()}), 0 before. */
        long firstSentAt() {
            return firstSentAt;
        }

        /** The {@link LatencyWindows#WINDOW} in which message {@code seq} was sent, from the first message. */
        int windowOf(long seq) {
            return (int) (Math.max(0, sentAt(seq) - firstSentAt) / LatencyWindows.WINDOW.toNanos());
        }

        int senderInstance(long seq) {
            return senderInstance.get((int) seq);
        }

        long sentAt(long seq) {
            return sentAt.get((int) seq);
        }

        void measureFrom(long seq) {
            measuredFrom = seq;
        }

        boolean isMeasured(long seq) {
            return seq >= measuredFrom;
        }
    }
}
