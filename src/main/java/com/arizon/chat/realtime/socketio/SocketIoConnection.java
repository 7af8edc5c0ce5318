package com.arizon.chat.realtime.socketio;

import static com.arizon.chat.realtime.socketio.JsonSupport.JSON;

import com.arizon.chat.platform.websocket.LastFramed;
import com.arizon.chat.realtime.control.CloseCause;
import com.arizon.chat.realtime.control.Connection;
import com.arizon.chat.realtime.control.OutboundEvent;
import com.arizon.chat.realtime.control.Transport;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import com.arizon.chat.realtime.socketio.protocol.SocketIoPacket;
import com.arizon.chat.realtime.socketio.protocol.SocketIoPacketEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Socket.IO socket: a client's connection to one namespace over an Engine.IO session. It is the
 * {@link Connection} the real-time gateway sees: events become {@code 42["name",data]} packets in
 * the session's bounded buffer. Until the namespace accepts it, what it sends is held back. Lock
 * order: this socket's lock, then the session's; neither is held while writing or calling out.
 */
final class SocketIoConnection implements Connection {

    /** The packets of a room push to the sockets of the main namespace (the chat's), made once per push. */
    private static final LastFramed<OutboundEvent, List<EngineIoPacket>> MAIN_NAMESPACE_EVENTS = new LastFramed<>(
            event -> List.of(EngineIoPacket.message(SocketIoPacketEncoder.encodeEvent(SocketIoPacket.MAIN_NAMESPACE,
                    event.name(), event.dataJson()))));

    private final String id;
    private final String namespace;
    private final EngineIoSession engine;
    private final Object lock = new Object();
    private List<EngineIoPacket> heldBack = new ArrayList<>();
    private boolean ended;
    private volatile CloseCause closeCause;

    SocketIoConnection(String id, String namespace, EngineIoSession engine) {
        this.id = id;
        this.namespace = namespace;
        this.engine = engine;
    }

    /** The Socket.IO socket id, sent in the CONNECT packet. */
    @Override
    public String id() {
        return id;
    }

    String namespace() {
        return namespace;
    }

    @Override
    public boolean send(OutboundEvent event) {
        if (SocketIoPacket.MAIN_NAMESPACE.equals(namespace)) {
            return enqueue(MAIN_NAMESPACE_EVENTS.of(event));
        }
        return sendText(SocketIoPacketEncoder.encodeEvent(namespace, event.name(), event.dataJson()));
    }

    /** Answers the client's event {@code ackId} with one argument already serialised, or none. */
    boolean acknowledge(long ackId, Optional<String> argumentJson) {
        return sendText(SocketIoPacketEncoder.encodeAck(namespace, ackId, argumentJson));
    }

    boolean send(SocketIoPacket packet) {
        return enqueue(SocketIoPacketEncoder.toEngineIoMessages(packet));
    }

    /**
     * Server-side end. A normal or policy close disconnects the socket ({@code 41}: the client does
     * not reconnect on its own) and then closes the session once that has gone out; the other causes
     * drop the session at once, and the client reconnects.
     */
    @Override
    public void close(CloseCause cause, String reason) {
        synchronized (lock) {
            if (closeCause == null && !ended) {
                closeCause = cause;
            }
        }
        switch (cause) {
            case NORMAL, POLICY_VIOLATION, ABUSE -> {
                synchronized (lock) {
                    if (ended) {
                        return;
                    }
                    engine.queue(SocketIoPacketEncoder.toEngineIoMessages(SocketIoPacket.disconnect(namespace)));
                    ended = true;
                }
                engine.closeGracefully(reason);
            }
            default -> engine.close(reason);
        }
    }

    @Override
    public Transport transport() {
        return engine.isOnWebSocket() ? Transport.SOCKETIO_WEBSOCKET : Transport.SOCKETIO_POLLING;
    }

    /** The session's packets: its sockets share them (the chat's clients use one namespace). */
    @Override
    public int outboundQueued() {
        return engine.buffered();
    }

    /** What {@link #close} was told, else what ended the Engine.IO session, if the server ended it. */
    @Override
    public CloseCause closeCause() {
        CloseCause own = closeCause;
        if (own != null) {
            return own;
        }
        String reason = engine.endReason();
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "transport close" -> null;
            case "slow consumer" -> CloseCause.SLOW_CONSUMER;
            case "ping timeout" -> CloseCause.UNRESPONSIVE;
            case "payload too large" -> CloseCause.TOO_BIG;
            case "server shutting down" -> CloseCause.GOING_AWAY;
            default -> CloseCause.POLICY_VIOLATION; // parse error, overlapping requests, no namespace in time
        };
    }

    /** The namespace accepted the socket: CONNECT goes out, then whatever was held back. */
    void accept() {
        EngineIoSession.Queued queued;
        synchronized (lock) {
            List<EngineIoPacket> packets = new ArrayList<>(SocketIoPacketEncoder.toEngineIoMessages(
                    SocketIoPacket.connect(namespace, JSON.createObjectBuilder().add("sid", id).build())));
            packets.addAll(heldBack);
            heldBack = null;
            queued = engine.queue(packets);
        }
        engine.write(queued);
    }

    /** The namespace is refusing the socket: it counts as closed by the server. */
    void refusing() {
        closeCause = CloseCause.POLICY_VIOLATION;
    }

    /** The namespace refused the socket: CONNECT_ERROR goes out, what was held back does not. */
    void refuse(String message) {
        synchronized (lock) {
            ended = true;
            heldBack = null;
        }
        engine.send(SocketIoPacketEncoder.toEngineIoMessages(SocketIoPacket.connectError(namespace, message)));
    }

    /** The socket is gone: from now on it sends nothing. */
    void end() {
        synchronized (lock) {
            ended = true;
            heldBack = null;
        }
    }

    boolean isEnded() {
        synchronized (lock) {
            return ended;
        }
    }

    private boolean sendText(String socketIoPacket) {
        return enqueue(List.of(EngineIoPacket.message(socketIoPacket)));
    }

    /**
     * The lock keeps this socket's packets in order (held back until accepted, nothing after the
     * end); it is held only while queueing on the session, never while writing.
     */
    private boolean enqueue(List<EngineIoPacket> packets) {
        EngineIoSession.Queued queued;
        synchronized (lock) {
            if (ended) {
                return false;
            }
            if (heldBack != null) {
                heldBack.addAll(packets);
                return true;
            }
            queued = engine.queue(packets);
        }
        return engine.write(queued);
    }
}
