package com.arizon.chat.realtime.socketio;

import com.arizon.chat.realtime.socketio.protocol.EngineIoHandshake;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacketType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One Engine.IO session (protocol v4): the handshake, the server-driven heartbeat, a bounded buffer
 * of packets for the client flushed to whichever transport is current, the upgrade from polling to
 * WebSocket, and the close.
 *
 * <p>Thread-safe. The lock guards state only: no I/O and no call to the {@link Listener} happens
 * while it is held, so a listener may send from inside its callbacks.
 */
final class EngineIoSession implements WebSocketTransport.Events {

    private static final Logger LOG = Logger.getLogger(EngineIoSession.class.getName());

    private static final EngineIoPacket PING = new EngineIoPacket.Text(EngineIoPacketType.PING);
    private static final EngineIoPacket NOOP = new EngineIoPacket.Text(EngineIoPacketType.NOOP);
    private static final String PROBE = "probe";
    /** How long a client's close waits for the GET it may have sent at the same time as the POST. */
    private static final long CLIENT_CLOSE_GRACE_MILLIS = 1000;
    /**
     * How long a GET that comes while an upgrade is probed waits before its noop. A client that
     * sent it before the probe then sends the upgrade packet; one that sent it after the upgrade
     * packet is refused when that packet is processed, within this time.
     */
    private static final long PAUSED_POLL_RELEASE_MILLIS = 100;

    /** The layer above (Socket.IO). Never called with the session's lock held. */
    interface Listener {

        void onText(String data);

        void onBinary(byte[] data);

        /** The session has ended, whatever the reason; called once. */
        void onClose(String reason);
    }

    private enum State { OPEN, CLOSING, CLOSED }

    private final String sid;
    private final SocketIoSettings settings;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;
    private final Consumer<EngineIoSession> whenClosed;
    private final Object lock = new Object();
    private final Deque<EngineIoPacket> buffer = new ArrayDeque<>();
    private volatile Listener listener;
    private State state = State.OPEN;
    private EngineIoTransport transport;
    private WebSocketTransport probe;
    private boolean probeAnswered;
    private boolean upgraded;
    private boolean awaitingPong;
    private long nextPingAt;
    private long pongDeadline;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> upgradeDeadline;
    private ScheduledFuture<?> closingDeadline;
    private String closingReason;
    private EngineIoPacketType closingFarewell;
    // Written under the lock, read without it (by the metrics and the layer above)
    private volatile boolean onWebSocket;
    private volatile String endReason;

    /**
     * @param scheduler runs the session's timers, which only change state and start sends
     * @param nanoTime the scheduler's clock ({@code System::nanoTime})
     * @param whenClosed told once the session has closed, e.g. to forget its sid
     */
    EngineIoSession(String sid, EngineIoTransport transport, SocketIoSettings settings,
            ScheduledExecutorService scheduler, LongSupplier nanoTime,
            Consumer<EngineIoSession> whenClosed) {
        this.sid = sid;
        this.transport = transport;
        this.settings = settings;
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
        this.whenClosed = whenClosed;
        if (transport instanceof WebSocketTransport webSocket) {
            webSocket.bind(this);
            onWebSocket = true;
        }
    }

    String sid() {
        return sid;
    }

    /** Whether the session is on a WebSocket now (from the start, or upgraded from polling). */
    boolean isOnWebSocket() {
        return onWebSocket;
    }

    /** Why it ended ({@code "ping timeout"}, {@code "transport close"}, ...); null while it lasts. */
    String endReason() {
        return endReason;
    }

    /** How many packets wait for the client. */
    int buffered() {
        synchronized (lock) {
            return buffer.size();
        }
    }

    /** Queues the open packet and starts the heartbeat. Call once, first. */
    void open(Listener sessionListener) {
        this.listener = sessionListener;
        List<String> upgrades = transport instanceof PollingTransport
                ? List.of(EngineIoTransport.WEBSOCKET)
                : List.of();
        EngineIoHandshake handshake = new EngineIoHandshake(sid, upgrades, settings.pingInterval(),
                settings.pingTimeout(), settings.maxPayload());
        synchronized (lock) {
            buffer.add(handshake.toOpenPacket());
            nextPingAt = nanoTime.getAsLong() + settings.pingInterval().toNanos();
            schedulePing();
        }
        flush();
    }

    /**
     * Queues packets for the client, all or none, and starts writing them. False when the session no
     * longer takes packets, or when the client lags more than the buffer holds: it is then closed.
     */
    boolean send(List<EngineIoPacket> packets) {
        return write(queue(packets));
    }

    /** What {@link #queue} did with packets. */
    enum Queued { QUEUED, OVERFLOW, REFUSED }

    /**
     * Only queues packets, all or none: takes the session's lock, which is never held while calling
     * anything, so a caller may hold a lock of its own to keep its packets in order. Follow with
     * {@link #write} once that lock is released.
     */
    Queued queue(List<EngineIoPacket> packets) {
        synchronized (lock) {
            if (state != State.OPEN) {
                return Queued.REFUSED;
            }
            if (buffer.size() + packets.size() > settings.maxBufferedPackets()) {
                return Queued.OVERFLOW;
            }
            buffer.addAll(packets);
            return Queued.QUEUED;
        }
    }

    /** Acts on what {@link #queue} did: writes, or drops a client that does not read. True if queued. */
    boolean write(Queued queued) {
        switch (queued) {
            case QUEUED -> {
                flush();
                return true;
            }
            case OVERFLOW -> {
                LOG.fine(() -> "Engine.IO session " + sid + " dropped: the client does not read");
                close("slow consumer");
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** A packet from one of the session's transports (the current one or an upgrade probe). */
    void receive(EngineIoTransport from, EngineIoPacket packet) {
        boolean fromProbe;
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            fromProbe = from == probe;
            if (!fromProbe && from != transport) {
                return;
            }
        }
        if (fromProbe) {
            receiveOnProbe((WebSocketTransport) from, packet);
            return;
        }
        switch (packet.type()) {
            case MESSAGE -> deliver(packet);
            case PONG -> pong();
            case CLOSE -> closeByClient();
            case PING -> close("invalid heartbeat direction");
            default -> LOG.finest(() -> "Engine.IO session " + sid + " ignored " + packet.type());
        }
    }

    /** A frame that is no Engine.IO packet: the session ends, or an upgrade attempt does. */
    void receiveMalformed(EngineIoTransport from) {
        WebSocketTransport candidate = null;
        synchronized (lock) {
            if (from == probe) {
                candidate = probe;
            } else if (from != transport) {
                return;
            }
        }
        if (candidate != null) {
            abortUpgrade(candidate);
        } else {
            close("parse error");
        }
    }

    /**
     * A WebSocket frame over {@code maxPayload} on one of the session's WebSockets. As the reference
     * server's WebSocket library does, that WebSocket is closed with 1009 (Message Too Big) and the
     * frame is not read: the session ends if it was its transport, an upgrade attempt is abandoned.
     */
    void receiveOversized(WebSocketTransport from) {
        from.closeTooBig();
        transportEnded(from, "payload too large");
    }

    // --- polling ---

    /** A long-polling GET: answered at once if packets wait, else when some come. */
    Optional<EngineIoError> poll(PendingPoll poll) {
        if (closeIfPongOverdue()) {
            return Optional.of(EngineIoError.UNKNOWN_SID);
        }
        boolean overlap;
        boolean duringUpgrade;
        synchronized (lock) {
            Optional<EngineIoError> refusal = refusePolling();
            if (refusal.isPresent()) {
                return refusal;
            }
            overlap = !((PollingTransport) transport).attach(poll);
            duringUpgrade = probe != null && probeAnswered;
        }
        if (overlap) {
            close("overlapping polls");
            return Optional.of(EngineIoError.BAD_REQUEST);
        }
        flush();
        if (duringUpgrade) {
            scheduler.schedule(() -> releasePausedPoll(poll), PAUSED_POLL_RELEASE_MILLIS, TimeUnit.MILLISECONDS);
        }
        return Optional.empty();
    }

    /** The container gave up on a GET (timeout, broken connection): it no longer waits for packets. */
    void pollAbandoned(PendingPoll poll) {
        synchronized (lock) {
            if (transport instanceof PollingTransport polling) {
                polling.detach(poll);
            }
        }
    }

    private void releasePausedPoll(PendingPoll poll) {
        boolean stillWaiting;
        synchronized (lock) {
            stillWaiting = state != State.CLOSED && transport instanceof PollingTransport polling && polling.detach(poll);
        }
        if (stillWaiting) {
            poll.answer(List.of(NOOP));
        }
    }

    /** Starts a POST; every successful call must be followed by {@link #endPost()}. */
    Optional<EngineIoError> beginPost() {
        if (closeIfPongOverdue()) {
            return Optional.of(EngineIoError.UNKNOWN_SID);
        }
        boolean overlap;
        synchronized (lock) {
            Optional<EngineIoError> refusal = refusePolling();
            if (refusal.isPresent()) {
                return refusal;
            }
            overlap = !((PollingTransport) transport).beginPost();
        }
        if (overlap) {
            close("overlapping posts");
            return Optional.of(EngineIoError.BAD_REQUEST);
        }
        return Optional.empty();
    }

    /** The packets of the POST under way. */
    void receivePosted(List<EngineIoPacket> packets) {
        EngineIoTransport polling;
        synchronized (lock) {
            polling = transport;
        }
        for (EngineIoPacket packet : packets) {
            receive(polling, packet);
        }
    }

    void endPost() {
        synchronized (lock) {
            if (transport instanceof PollingTransport polling) {
                polling.endPost();
            }
        }
    }

    private Optional<EngineIoError> refusePolling() {
        if (state == State.CLOSED) {
            return Optional.of(EngineIoError.UNKNOWN_SID);
        }
        if (!(transport instanceof PollingTransport)) {
            return Optional.of(EngineIoError.BAD_REQUEST);
        }
        return Optional.empty();
    }

    // --- upgrade ---

    /**
     * A WebSocket opened with this session's sid. False if the session cannot be upgraded (it is
     * closing, already on a WebSocket, or another upgrade is under way): close that WebSocket.
     */
    boolean beginUpgrade(WebSocketTransport candidate) {
        synchronized (lock) {
            if (state != State.OPEN || upgraded || probe != null || !(transport instanceof PollingTransport)) {
                return false;
            }
            candidate.bind(this);
            probe = candidate;
            probeAnswered = false;
            upgradeDeadline = scheduler.schedule(() -> abortUpgrade(candidate),
                    settings.upgradeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }

    private void receiveOnProbe(WebSocketTransport candidate, EngineIoPacket packet) {
        if (packet instanceof EngineIoPacket.Text text && text.type() == EngineIoPacketType.PING
                && PROBE.equals(text.data())) {
            candidate.reserve().ifPresent(send -> send.accept(
                    List.of(new EngineIoPacket.Text(EngineIoPacketType.PONG, PROBE))));
            // the client now pauses polling and waits for its GET to end before it upgrades
            Optional<Consumer<List<EngineIoPacket>>> waitingPoll;
            synchronized (lock) {
                if (probe != candidate) {
                    return;
                }
                probeAnswered = true;
                waitingPoll = transport.reserve();
            }
            waitingPoll.ifPresent(answer -> answer.accept(List.of(NOOP)));
        } else if (packet.type() == EngineIoPacketType.UPGRADE) {
            completeUpgrade(candidate);
        } else {
            abortUpgrade(candidate);
        }
    }

    /**
     * The client sent the upgrade packet: the WebSocket becomes the transport. A client pauses
     * polling before it upgrades (its last poll got the noop sent after the probe), so a GET still
     * waiting now came after the upgrade and is refused, as every later one is.
     */
    private void completeUpgrade(WebSocketTransport candidate) {
        PollingTransport polling;
        Optional<PendingPoll> lateGet;
        synchronized (lock) {
            if (state == State.CLOSED || probe != candidate) {
                return;
            }
            polling = (PollingTransport) transport;
            lateGet = polling.takeWaiting();
            transport = candidate;
            probe = null;
            upgraded = true;
            onWebSocket = true;
            cancel(upgradeDeadline);
        }
        lateGet.ifPresent(get -> get.refuse(EngineIoError.BAD_REQUEST));
        polling.close();
        flush();
    }

    private void abortUpgrade(WebSocketTransport candidate) {
        synchronized (lock) {
            if (probe != candidate) {
                return;
            }
            probe = null;
            cancel(upgradeDeadline);
        }
        candidate.close();
    }

    // --- WebSocket transport events ---

    @Override
    public void drained(WebSocketTransport webSocket) {
        flush();
    }

    @Override
    public void failed(WebSocketTransport webSocket, Throwable cause) {
        LOG.log(Level.FINE, cause, () -> "Engine.IO session " + sid + ": WebSocket send failed");
        transportClosed(webSocket);
    }

    /** A transport ended on its own (the client closed it, or it broke). */
    void transportClosed(EngineIoTransport closed) {
        transportEnded(closed, "transport close");
    }

    /** The session ends with its transport; an upgrade probe that ends only abandons the upgrade. */
    private void transportEnded(EngineIoTransport ended, String reason) {
        boolean current;
        synchronized (lock) {
            if (ended == probe) {
                probe = null;
                cancel(upgradeDeadline);
                return;
            }
            current = ended == transport;
        }
        if (current) {
            end(reason, null);
        }
    }

    // --- heartbeat ---

    /**
     * Pings come at a fixed rate from the handshake, each once the previous one was answered: the
     * round trips of the pongs do not push them later and later.
     */
    private void schedulePing() {
        heartbeat = scheduler.schedule(this::ping, Math.max(0, nextPingAt - nanoTime.getAsLong()), TimeUnit.NANOSECONDS);
    }

    /** The pong is due {@code pingTimeout} after the ping's planned time, however late the timer ran. */
    private void ping() {
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            awaitingPong = true;
            buffer.add(PING);
            pongDeadline = nextPingAt + settings.pingTimeout().toNanos();
            nextPingAt += settings.pingInterval().toNanos();
            heartbeat = scheduler.schedule(() -> close("ping timeout"), Math.max(0, pongDeadline - nanoTime.getAsLong()),
                    TimeUnit.NANOSECONDS);
        }
        flush();
    }

    /**
     * Closes the session if its pong is overdue, in case the timeout timer runs late: a request
     * that comes after the deadline finds the session gone, as the client's heartbeat would.
     */
    private boolean closeIfPongOverdue() {
        boolean overdue;
        synchronized (lock) {
            overdue = state != State.CLOSED && awaitingPong && nanoTime.getAsLong() - pongDeadline >= 0;
        }
        if (overdue) {
            close("ping timeout");
        }
        return overdue;
    }

    private void pong() {
        synchronized (lock) {
            if (state == State.CLOSED || !awaitingPong) {
                return;
            }
            awaitingPong = false;
            cancel(heartbeat);
            schedulePing();
        }
    }

    // --- flushing and closing ---

    /** Hands buffered packets to the transport if it can take them; finishes a graceful close. */
    void flush() {
        Consumer<List<EngineIoPacket>> sender;
        List<EngineIoPacket> batch;
        Ending ending = null;
        synchronized (lock) {
            if (state == State.CLOSED || (buffer.isEmpty() && state != State.CLOSING)) {
                return;
            }
            Optional<Consumer<List<EngineIoPacket>>> reserved = transport.reserve();
            if (reserved.isEmpty()) {
                return;
            }
            sender = reserved.get();
            batch = new ArrayList<>(buffer);
            buffer.clear();
            // a poll answer carries the close packet after the rest; a WebSocket closes once drained
            if (state == State.CLOSING && (batch.isEmpty() || transport instanceof PollingTransport)) {
                batch.add(new EngineIoPacket.Text(closingFarewell));
                List<EngineIoPacket> lastBatch = batch;
                ending = markClosed(closingReason, () -> sender.accept(lastBatch));
            }
        }
        if (ending == null) {
            sender.accept(batch);
        } else {
            finish(ending);
        }
    }

    /**
     * Closes after the packets already queued have gone out (at the latest after one poll cycle),
     * so that e.g. a Socket.IO DISCONNECT reaches the client first.
     */
    void closeGracefully(String reason) {
        synchronized (lock) {
            if (state != State.OPEN) {
                return;
            }
            beginClosing(reason, EngineIoPacketType.CLOSE, settings.pollTimeout().toMillis());
        }
        flush();
    }

    /** Under the lock: the next poll answer (or the WebSocket's drain) ends the session. */
    private void beginClosing(String reason, EngineIoPacketType farewell, long deadlineMillis) {
        state = State.CLOSING;
        closingReason = reason;
        closingFarewell = farewell;
        cancel(closingDeadline);
        closingDeadline = scheduler.schedule(() -> end(reason, farewell), deadlineMillis, TimeUnit.MILLISECONDS);
    }

    /** Closes now; a waiting poll is answered with a close packet. */
    void close(String reason) {
        end(reason, EngineIoPacketType.CLOSE);
    }

    /**
     * The client sent a close packet: its waiting poll is answered with a noop. When none waits yet,
     * the GET it sent together with the POST may still be on its way; it gets the noop if it comes
     * within a moment.
     */
    private void closeByClient() {
        synchronized (lock) {
            if (state != State.CLOSED && transport instanceof PollingTransport polling && !polling.hasWaiting()) {
                buffer.clear();
                beginClosing("transport close", EngineIoPacketType.NOOP, CLIENT_CLOSE_GRACE_MILLIS);
                return;
            }
        }
        end("transport close", EngineIoPacketType.NOOP);
    }

    /** @param farewell the packet that answers a waiting poll, or null when the transport is gone */
    private void end(String reason, EngineIoPacketType farewell) {
        Ending ending;
        synchronized (lock) {
            if (state == State.CLOSED) {
                return;
            }
            Runnable lastWords = () -> { };
            if (farewell != null && transport instanceof PollingTransport) {
                Optional<Consumer<List<EngineIoPacket>>> waiting = transport.reserve();
                if (waiting.isPresent()) {
                    List<EngineIoPacket> answer = List.of(new EngineIoPacket.Text(farewell));
                    lastWords = () -> waiting.get().accept(answer);
                }
            }
            ending = markClosed(reason, lastWords);
        }
        finish(ending);
    }

    /** Under the lock: what closing takes, done by {@link #finish} outside it. */
    private record Ending(String reason, Runnable lastWords, EngineIoTransport transport, WebSocketTransport probe) {
    }

    private Ending markClosed(String reason, Runnable lastWords) {
        state = State.CLOSED;
        endReason = reason;
        cancel(heartbeat);
        cancel(upgradeDeadline);
        cancel(closingDeadline);
        buffer.clear();
        Ending ending = new Ending(reason, lastWords, transport, probe);
        probe = null;
        return ending;
    }

    private void finish(Ending ending) {
        LOG.fine(() -> "Engine.IO session " + sid + " closed: " + ending.reason());
        ending.lastWords().run();
        ending.transport().close();
        if (ending.probe() != null) {
            ending.probe().close();
        }
        whenClosed.accept(this);
        Listener current = listener;
        if (current != null) {
            current.onClose(ending.reason());
        }
    }

    private void deliver(EngineIoPacket message) {
        Listener current = listener;
        if (current == null) {
            return;
        }
        if (message instanceof EngineIoPacket.Binary binary) {
            current.onBinary(binary.data());
        } else {
            current.onText(((EngineIoPacket.Text) message).data());
        }
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }
}
