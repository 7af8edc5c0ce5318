package com.arizon.chat.realtime.socketio;

import com.arizon.chat.platform.websocket.LastFramed;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacketCodec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The WebSocket transport: one Engine.IO packet per frame, sent one after the other without
 * blocking. A send may complete on the calling thread; the pump then loops instead of recursing.
 */
final class WebSocketTransport implements EngineIoTransport {

    /** A room push's packet is shared by its recipients' sessions: encoded once per push. */
    private static final LastFramed<EngineIoPacket.Text, String> ENCODED = new LastFramed<>(EngineIoPacketCodec::encode);

    /** What the transport tells its session. */
    interface Events {
        /** Everything handed over has been sent; the transport can take more. */
        void drained(WebSocketTransport transport);

        /** A send failed; the WebSocket is unusable. */
        void failed(WebSocketTransport transport, Throwable cause);
    }

    private final FrameChannel channel;
    private final Object lock = new Object();
    private final Deque<EngineIoPacket> sending = new ArrayDeque<>();
    private Events events;
    private boolean reserved;
    private boolean inFlight;
    private boolean pumping;
    private boolean failed;

    WebSocketTransport(FrameChannel channel) {
        this.channel = channel;
    }

    /** Set once by the session the transport joins, before anything is sent. */
    void bind(Events sessionEvents) {
        this.events = sessionEvents;
    }

    @Override
    public String name() {
        return WEBSOCKET;
    }

    @Override
    public Optional<Consumer<List<EngineIoPacket>>> reserve() {
        synchronized (lock) {
            if (reserved || failed) {
                return Optional.empty();
            }
            reserved = true;
        }
        return Optional.of(this::write);
    }

    @Override
    public void close() {
        channel.close();
    }

    /** Closes the WebSocket with 1009 (Message Too Big); a later {@link #close()} does nothing. */
    void closeTooBig() {
        channel.closeTooBig();
    }

    private void write(List<EngineIoPacket> batch) {
        synchronized (lock) {
            sending.addAll(batch);
        }
        pump();
    }

    private void pump() {
        synchronized (lock) {
            if (pumping) {
                return;
            }
            pumping = true;
        }
        while (true) {
            EngineIoPacket next;
            synchronized (lock) {
                if (inFlight || failed) {
                    pumping = false;
                    return;
                }
                if (sending.isEmpty()) {
                    pumping = false;
                    reserved = false;
                    break;
                }
                next = sending.poll();
                inFlight = true;
            }
            send(next);
        }
        events.drained(this);
    }

    private void send(EngineIoPacket packet) {
        if (packet instanceof EngineIoPacket.Binary binary) {
            channel.sendBinary(binary.data(), this::sent);
        } else {
            channel.sendText(ENCODED.of((EngineIoPacket.Text) packet), this::sent);
        }
    }

    private void sent(Throwable failure) {
        synchronized (lock) {
            inFlight = false;
            if (failure != null) {
                failed = true;
                sending.clear();
            }
        }
        if (failure != null) {
            events.failed(this, failure);
            return;
        }
        pump();
    }
}
