package com.arizon.chat.realtime.socketio;

import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacketType;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * HTTP long-polling: packets for the client wait for its next GET, packets from it come in POSTs.
 * A client may have one GET and one POST under way at a time. Guarded by the session's lock.
 */
final class PollingTransport implements EngineIoTransport {

    private static final List<EngineIoPacket> NOOP = List.of(new EngineIoPacket.Text(EngineIoPacketType.NOOP));

    private PendingPoll waiting;
    private boolean posting;
    private boolean closed;

    @Override
    public String name() {
        return POLLING;
    }

    /** False when a GET is already waiting: the client broke the one-GET-at-a-time rule. */
    boolean attach(PendingPoll poll) {
        if (waiting != null) {
            return false;
        }
        waiting = poll;
        return true;
    }

    /** Takes the GET back if it is the one waiting; true if it was. */
    boolean detach(PendingPoll poll) {
        if (waiting != poll) {
            return false;
        }
        waiting = null;
        return true;
    }

    boolean hasWaiting() {
        return waiting != null;
    }

    /** The waiting GET, no longer waiting. */
    Optional<PendingPoll> takeWaiting() {
        PendingPoll poll = waiting;
        waiting = null;
        return Optional.ofNullable(poll);
    }

    /** False when a POST is already under way. */
    boolean beginPost() {
        if (posting) {
            return false;
        }
        posting = true;
        return true;
    }

    void endPost() {
        posting = false;
    }

    @Override
    public Optional<Consumer<List<EngineIoPacket>>> reserve() {
        if (closed) {
            return Optional.empty();
        }
        return takeWaiting().map(poll -> poll::answer);
    }

    @Override
    public void close() {
        closed = true;
        reserve().ifPresent(answer -> answer.accept(NOOP));
    }
}
