package com.arizon.chat.realtime.boundary;

import com.arizon.chat.platform.websocket.SessionSender;
import com.arizon.chat.realtime.control.CloseCause;
import com.arizon.chat.realtime.control.Connection;
import com.arizon.chat.realtime.control.OutboundEvent;
import com.arizon.chat.realtime.control.Transport;
import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A native WebSocket connection with a bounded outbound queue. At most one send is in flight per
 * session; whichever thread finds the session idle starts the next one, and the send's completion
 * continues with the next frame. No lock is held while sending. A client that lets the queue
 * overflow is disconnected at once (slow consumer), so it never holds up its rooms.
 */
final class NativeConnection implements Connection {

    private static final Logger LOG = Logger.getLogger(NativeConnection.class.getName());

    // States of the one send in flight: still inside sendText, returned from it, completed.
    private static final int IN_CALL = 0;
    private static final int RETURNED = 1;
    private static final int COMPLETED = 2;

    private final Session session;
    private final SessionSender sender;
    private final int maxFrames;
    private final long maxChars;
    private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedFrames = new AtomicInteger();
    private final AtomicLong queuedChars = new AtomicLong();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicInteger sendState = new AtomicInteger();
    private final AtomicBoolean awaitingPong = new AtomicBoolean();
    private final AtomicReference<CloseCause> closeCause = new AtomicReference<>();
    private volatile boolean closing;

    NativeConnection(Session session, int maxFrames, long maxChars) {
        this.session = session;
        this.sender = new SessionSender(session);
        this.maxFrames = maxFrames;
        this.maxChars = maxChars;
    }

    @Override
    public String id() {
        return session.getId();
    }

    @Override
    public boolean send(OutboundEvent event) {
        if (closing) {
            return false;
        }
        String frame = NativeFrames.of(event);
        if (queuedFrames.incrementAndGet() > maxFrames || queuedChars.addAndGet(frame.length()) > maxChars) {
            closeNow(CloseCause.SLOW_CONSUMER, "Slow consumer: outbound queue full");
            return false;
        }
        queue.add(frame);
        drain();
        return true;
    }

    /** Closes after the frames already queued (an error sent just before closing still arrives). */
    @Override
    public void close(CloseCause cause, String reason) {
        if (cause == CloseCause.SLOW_CONSUMER) {
            closeNow(cause, reason);
            return;
        }
        if (!closing) {
            closing = true;
            closeCause.compareAndSet(null, cause);
            queue.add(new CloseRequest(cause, reason));
            drain();
        }
    }

    /**
     * One beat of the heartbeat: pings the client, or closes the connection if the previous ping is
     * still unanswered. A ping waits behind the frames the container has not written yet, so a client
     * too slow to take them within an interval is dropped too, as a slow consumer when frames still
     * wait in its queue.
     */
    void heartbeat() {
        if (closing) {
            return;
        }
        if (awaitingPong.getAndSet(true)) {
            if (queuedFrames.get() > 0) {
                // frames wait behind a send the client has not taken: it stopped reading, it did not vanish
                closeNow(CloseCause.SLOW_CONSUMER, "Slow consumer: frames and ping not taken");
            } else {
                closeNow(CloseCause.UNRESPONSIVE, "No answer to ping");
            }
            return;
        }
        try {
            sender.sendPing();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Ping failed on " + id(), e);
            ended();
        }
    }

    @Override
    public Transport transport() {
        return Transport.NATIVE;
    }

    @Override
    public int outboundQueued() {
        return Math.max(0, queuedFrames.get()); // counted up before a frame is refused, down once it leaves
    }

    @Override
    public CloseCause closeCause() {
        return closeCause.get();
    }

    void ponged() {
        awaitingPong.set(false);
    }

    /** The session ended (from either side): nothing more is queued. */
    void ended() {
        closing = true;
        queue.clear();
    }

    private void closeNow(CloseCause cause, String reason) {
        closing = true;
        closeCause.compareAndSet(null, cause);
        queue.clear();
        closeSession(new CloseRequest(cause, reason));
    }

    private void drain() {
        while (sending.compareAndSet(false, true)) {
            Object next = queue.poll();
            if (next == null) {
                sending.set(false);
                if (queue.isEmpty()) {
                    return;
                }
                continue;
            }
            if (next instanceof CloseRequest request) {
                queue.clear();
                closeSession(request);
                return; // keeps the send slot: nothing is sent after the close
            }
            String frame = (String) next;
            queuedFrames.decrementAndGet();
            queuedChars.addAndGet(-frame.length());
            sendState.set(IN_CALL);
            try {
                sender.sendText(frame, this::sent);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Send failed on " + id(), e);
                ended();
                return;
            }
            if (sendState.compareAndSet(IN_CALL, RETURNED)) {
                return; // completes later; the completion continues the drain
            }
            sending.set(false); // completed inside sendText: go on in this loop, not recursively
        }
    }

    private void sent(SendResult result) {
        if (!result.isOK()) {
            LOG.log(Level.FINE, "Send failed on " + id(), result.getException());
            ended();
        }
        if (sendState.compareAndSet(IN_CALL, COMPLETED)) {
            return; // the thread inside sendText continues the drain
        }
        sending.set(false);
        drain();
    }

    private void closeSession(CloseRequest request) {
        try {
            if (session.isOpen()) {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(request.cause().webSocketCode()),
                        request.reason()));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Close failed on " + id(), e);
        }
    }

    private record CloseRequest(CloseCause cause, String reason) {
    }
}
