package com.arizon.chat.realtime.boundary;

import com.arizon.chat.platform.Ids;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.realtime.control.ClientEvents;
import com.arizon.chat.realtime.control.CloseCause;
import com.arizon.chat.realtime.control.Connection;
import com.arizon.chat.realtime.control.OutboundEvent;
import com.arizon.chat.realtime.control.RealtimeGateway;
import com.arizon.chat.realtime.control.RealtimeGateway.OpenOutcome;
import com.arizon.chat.realtime.control.RealtimeSettings;
import jakarta.inject.Inject;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpUpgradeHandler;
import jakarta.servlet.http.WebConnection;
import java.io.IOException;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One native WebSocket connection over the servlet container's upgraded connection, with
 * non-blocking reads and writes. Frames to send wait in a bounded queue as ready-made bytes (a room
 * push is one shared array); whichever thread finds nobody writing writes while the container
 * accepts more, then leaves the rest to {@link WriteListener#onWritePossible}. No lock is held
 * while writing, and a client that lets the queue overflow is disconnected at once (slow consumer).
 */
public class NativeConnection implements HttpUpgradeHandler, Connection {

    private static final Logger LOG = Logger.getLogger(NativeConnection.class.getName());
    private static final int NORMAL_CLOSURE = 1000;
    private static final int READ_CHUNK = 16 * 1024;
    private static final ThreadLocal<byte[]> READ_BUFFER = ThreadLocal.withInitial(() -> new byte[READ_CHUNK]);

    @Inject
    RealtimeGateway gateway;

    @Inject
    RealtimeSettings settings;

    @Inject
    NativeHeartbeat heartbeat;

    private final String id = Ids.next();
    private final Queue<byte[]> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedFrames = new AtomicInteger();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean wantsWriting = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private Optional<String> handshakeToken = Optional.empty();
    private WebConnection web;
    private ServletInputStream in;
    private ServletOutputStream out;
    private FrameDecoder decoder;
    private int maxFrames;
    private long maxBytes;
    private volatile boolean closing;
    private volatile byte[] closeFrame;
    private volatile long lastHeardNanos = System.nanoTime();
    private boolean unflushed;

    /** The token given at the handshake ({@code ?token=}); set before the container calls {@link #init}. */
    void handshakeToken(Optional<String> token) {
        this.handshakeToken = token;
    }

    @Override
    public void init(WebConnection connection) {
        this.web = connection;
        this.maxFrames = settings.outboundMaxFrames();
        this.maxBytes = settings.outboundMaxBytes();
        this.decoder = new FrameDecoder(settings.maxFrameBytes(), new Messages());
        try {
            in = connection.getInputStream();
            out = connection.getOutputStream();
        } catch (IOException e) {
            LOG.log(Level.FINE, "No streams for an upgraded connection", e);
            end();
            return;
        }
        out.setWriteListener(new Outbound());
        // The container completes the switch of protocols (and starts signalling reads) on the first
        // flush; without it a connection that must speak first (authenticate) would hear nothing.
        unflushed = true;
        drain();
        heartbeat.watch(this);
        OpenOutcome outcome = gateway.open(this, handshakeToken);
        outcome.reply().ifPresent(this::send);
        if (!outcome.accepted()) {
            close(CloseCause.POLICY_VIOLATION, "Authentication failed");
        }
        if (ended.get()) {
            return; // refused and already closed
        }
        Inbound inbound = new Inbound();
        in.setReadListener(inbound);
        // Frames that arrived with the handshake, before the listener was set, are not signalled.
        inbound.onDataAvailable();
    }

    @Override
    public void destroy() {
        end();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean send(OutboundEvent event) {
        return !closing && enqueue(ServerFrames.event(event));
    }

    /** Closes after the frames already queued, so that an error sent just before still arrives. */
    @Override
    public void close(CloseCause cause, String reason) {
        if (cause == CloseCause.SLOW_CONSUMER) {
            LOG.fine(() -> "Dropping slow consumer " + id);
            end();
            return;
        }
        sendClose(cause.webSocketCode(), reason);
    }

    /** Seconds since the client was last heard from (any frame, a pong included). */
    long silentNanos(long now) {
        return now - lastHeardNanos;
    }

    void ping() {
        if (!closing) {
            enqueue(ServerFrames.ping());
        }
    }

    /** Ends the connection without a close handshake: the peer is gone or does not read. */
    void end() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        closing = true;
        queue.clear();
        heartbeat.forget(this);
        gateway.closed(this);
        if (web != null) {
            try {
                web.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing " + id, e);
            }
        }
    }

    private void sendClose(int code, String reason) {
        if (closing) {
            return;
        }
        closing = true;
        byte[] frame = ServerFrames.close(code, reason);
        closeFrame = frame;
        queue.add(frame);
        drain();
    }

    private boolean enqueue(byte[] frame) {
        if (queuedFrames.incrementAndGet() > maxFrames || queuedBytes.addAndGet(frame.length) > maxBytes) {
            close(CloseCause.SLOW_CONSUMER, "Slow consumer: outbound queue full");
            return false;
        }
        queue.add(frame);
        drain();
        return true;
    }

    /**
     * Writes queued frames while the container accepts them. A caller that finds another thread
     * writing leaves a note ({@code wantsWriting}) that the writer picks up before it leaves, so no
     * frame and no {@code onWritePossible} is ever left unhandled.
     */
    private void drain() {
        wantsWriting.set(true);
        while (wantsWriting.get() && writing.compareAndSet(false, true)) {
            boolean finished;
            try {
                wantsWriting.set(false);
                finished = writeWhileReady();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Write failed on " + id, e);
                finished = true;
            } finally {
                writing.set(false);
            }
            if (finished) {
                end();
                return;
            }
        }
    }

    /** True when the connection is to end now: the close frame is out, or writing failed. */
    private boolean writeWhileReady() throws IOException {
        while (!ended.get() && out.isReady()) {
            byte[] frame = queue.poll();
            if (frame == null) {
                if (!unflushed) {
                    return false;
                }
                unflushed = false;
                out.flush();
                continue;
            }
            queuedFrames.decrementAndGet();
            queuedBytes.addAndGet(-frame.length);
            out.write(frame);
            unflushed = true;
            if (frame == closeFrame) {
                out.flush();
                return true;
            }
        }
        return ended.get();
    }

    /** Reads what arrives; one reader at a time (the container's callbacks, or the first read in init). */
    private final class Inbound implements ReadListener {

        @Override
        public synchronized void onDataAvailable() {
            byte[] chunk = READ_BUFFER.get();
            try {
                while (!ended.get() && in.isReady()) {
                    int read = in.read(chunk);
                    if (read < 0) {
                        end();
                        return;
                    }
                    lastHeardNanos = System.nanoTime();
                    decoder.feed(chunk, 0, read);
                }
            } catch (FrameDecoder.ProtocolViolation violation) {
                refuse(violation);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Read failed on " + id, e);
                end();
            }
        }

        @Override
        public void onAllDataRead() {
            end();
        }

        @Override
        public void onError(Throwable error) {
            LOG.log(Level.FINE, "Read error on " + id, error);
            end();
        }

        private void refuse(FrameDecoder.ProtocolViolation violation) {
            if (violation.closeCode() == FrameDecoder.TOO_BIG) {
                send(ClientEvents.error(ErrorCode.VALIDATION_ERROR, violation.getMessage()));
            }
            sendClose(violation.closeCode(), violation.getMessage());
        }
    }

    /** Turns whole messages into events for the gateway, and answers control frames. */
    private final class Messages implements FrameDecoder.Handler {

        @Override
        public void text(String message) {
            if (closing) {
                return;
            }
            Optional<OutboundEvent> reply;
            try {
                InboundFrame frame = InboundFrame.parse(message);
                reply = gateway.receive(NativeConnection.this, frame.event(), frame.data());
            } catch (InboundFrame.Malformed e) {
                reply = gateway.malformed(NativeConnection.this, e.getMessage());
            }
            reply.ifPresent(NativeConnection.this::send);
        }

        @Override
        public void binary(int length) {
            if (!closing) {
                gateway.malformed(NativeConnection.this, "Binary frames are not supported; send JSON text frames")
                        .ifPresent(NativeConnection.this::send);
            }
        }

        @Override
        public void ping(byte[] payload) {
            if (!closing) {
                enqueue(ServerFrames.pong(payload));
            }
        }

        @Override
        public void pong() {
            // being heard from is all a pong means
        }

        @Override
        public void close(int code) {
            if (closing) {
                end();
            } else {
                sendClose(code == FrameDecoder.NO_STATUS ? NORMAL_CLOSURE : code, "");
            }
        }
    }

    private final class Outbound implements WriteListener {

        @Override
        public void onWritePossible() {
            drain();
        }

        @Override
        public void onError(Throwable error) {
            LOG.log(Level.FINE, "Write error on " + id, error);
            end();
        }
    }
}
