package com.arizon.chat.realtime.boundary;

import com.arizon.chat.realtime.control.CloseCause;
import com.arizon.chat.realtime.control.Connection;
import com.arizon.chat.realtime.control.OutboundEvent;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.Writer;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A native WebSocket connection with a bounded outbound queue. Whichever thread finds the session idle
 * drains the queue; no lock is held while sending. A client that lets the queue overflow is
 * disconnected at once (slow consumer), so it never holds up its rooms.
 *
 * <p>Most frames are written through the basic endpoint's writer: on Tyrus that hands the frame to
 * the connection's ordered, non-blocking write queue and returns, whereas every send through
 * {@link RemoteEndpoint.Async} also restarts the session's idle timer, which on Payara costs a managed
 * task with its context captured under a server-wide lock (about half the server's CPU under room
 * fan-out). A writer reports no completion, so after {@value #UNCONFIRMED_FRAMES} such frames the
 * next one goes through the asynchronous endpoint, and draining waits for its completion, which
 * also confirms the frames written before it. A client that stops reading therefore leaves at most
 * that many frames in the container's queue; the rest pile up in this one, which is bounded.
 */
final class NativeConnection implements Connection {

    private static final Logger LOG = Logger.getLogger(NativeConnection.class.getName());

    private static final int UNCONFIRMED_FRAMES = 16;
    // Each write call of the writer becomes one WebSocket fragment. Fragments of at most 6 KiB fit the
    // container's 8 KiB response buffer and are copied into it; a larger array would be wrapped
    // instead, and the wrapper keeps it until the connection's next large write, typically for the
    // connection's whole life (the room_joined reply with a big room's member list).
    private static final int FRAGMENT_CHARS = 2048;

    // States of the one confirmed send in flight: still inside sendText, returned from it, completed.
    private static final int IN_CALL = 0;
    private static final int RETURNED = 1;
    private static final int COMPLETED = 2;

    private final Session session;
    private final RemoteEndpoint.Basic basicRemote;
    private final RemoteEndpoint.Async asyncRemote;
    private final int maxFrames;
    private final long maxChars;
    private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedFrames = new AtomicInteger();
    private final AtomicLong queuedChars = new AtomicLong();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicInteger sendState = new AtomicInteger();
    private final AtomicBoolean awaitingPong = new AtomicBoolean();
    private volatile boolean closing;
    private int unconfirmedFrames; // only the thread holding the send slot touches it

    NativeConnection(Session session, int maxFrames, long maxChars) {
        this.session = session;
        this.basicRemote = session.getBasicRemote();
        this.asyncRemote = session.getAsyncRemote();
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
            queue.add(new CloseRequest(cause, reason));
            drain();
        }
    }

    /**
     * One beat of the heartbeat: pings the client, or closes the connection if the previous ping is
     * still unanswered. A ping waits behind the frames the container has not written yet, so a client
     * too slow to take them within an interval is dropped too.
     */
    void heartbeat() {
        if (closing) {
            return;
        }
        if (awaitingPong.getAndSet(true)) {
            closeNow(CloseCause.UNRESPONSIVE, "No answer to ping");
            return;
        }
        try {
            WebSocketSends.sendPing(asyncRemote);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Ping failed on " + id(), e);
            ended();
        }
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
            if (unconfirmedFrames < UNCONFIRMED_FRAMES) {
                unconfirmedFrames++;
                if (!write(frame)) {
                    return;
                }
                sending.set(false);
                continue;
            }
            unconfirmedFrames = 0;
            if (!sendConfirmed(frame)) {
                return; // the completion continues the drain
            }
            sending.set(false); // completed inside sendText: go on in this loop, not recursively
        }
    }

    private boolean write(String frame) {
        try (Writer writer = basicRemote.getSendWriter()) {
            int start = 0;
            while (start < frame.length()) {
                int end = Math.min(frame.length(), start + FRAGMENT_CHARS);
                if (end < frame.length() && Character.isHighSurrogate(frame.charAt(end - 1))) {
                    end--; // each fragment is encoded on its own: keep surrogate pairs whole
                }
                writer.write(frame, start, end - start);
                start = end;
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Send failed on " + id(), e);
            ended();
            return false;
        }
    }

    /** Sends through the asynchronous endpoint; false if draining stops here (completes later, or failed). */
    private boolean sendConfirmed(String frame) {
        sendState.set(IN_CALL);
        try {
            WebSocketSends.sendText(asyncRemote, frame, this::sent);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Send failed on " + id(), e);
            ended();
            return false;
        }
        return !sendState.compareAndSet(IN_CALL, RETURNED);
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
