package com.arizon.chat.realtime.socketio;

import com.arizon.chat.platform.websocket.SessionSender;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A {@link FrameChannel} over a Jakarta WebSocket session's asynchronous remote endpoint. */
final class SessionFrameChannel implements FrameChannel {

    private static final Logger LOG = Logger.getLogger(SessionFrameChannel.class.getName());

    /**
     * Payara goes on processing the upgrade request after {@code @OnOpen} returns; closing the
     * connection before it is done breaks that processing (and can cost the worker thread its next
     * connection). A close in the first moments after the handshake waits until then.
     */
    private static final long HANDSHAKE_SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Session webSocket;
    private final SessionSender sender;
    private final ScheduledExecutorService scheduler;
    private final long openedAt = System.nanoTime();
    private final AtomicBoolean closing = new AtomicBoolean();

    /** Create it in {@code @OnOpen}. */
    SessionFrameChannel(Session webSocket, ScheduledExecutorService scheduler) {
        this.webSocket = webSocket;
        this.sender = new SessionSender(webSocket);
        this.scheduler = scheduler;
    }

    @Override
    public void sendText(String text, Consumer<Throwable> done) {
        try {
            sender.sendText(text, handler(done));
        } catch (RuntimeException e) {
            done.accept(e);
        }
    }

    @Override
    public void sendBinary(byte[] data, Consumer<Throwable> done) {
        try {
            sender.sendBinary(ByteBuffer.wrap(data), handler(done));
        } catch (RuntimeException e) {
            done.accept(e);
        }
    }

    @Override
    public void close() {
        closeOnce(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, null));
    }

    @Override
    public void closeTooBig() {
        closeOnce(new CloseReason(CloseReason.CloseCodes.TOO_BIG, "Message Too Big"));
    }

    private void closeOnce(CloseReason reason) {
        if (closing.compareAndSet(false, true)) {
            closeAfterHandshake(reason);
        }
    }

    private void closeAfterHandshake(CloseReason reason) {
        long settling = HANDSHAKE_SETTLE_NANOS - (System.nanoTime() - openedAt);
        if (settling > 0) {
            scheduler.schedule(() -> closeAfterHandshake(reason), settling, TimeUnit.NANOSECONDS);
            return;
        }
        if (!webSocket.isOpen()) {
            return;
        }
        try {
            webSocket.close(reason);
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "WebSocket already closing", e);
        }
    }

    private static SendHandler handler(Consumer<Throwable> done) {
        return result -> done.accept(result.isOK() ? null : result.getException());
    }
}
