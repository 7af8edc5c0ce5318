package com.arizon.chat.realtime.socketio;

import com.arizon.chat.realtime.socketio.protocol.MalformedPacketException;
import com.arizon.chat.realtime.socketio.protocol.SocketIoPacket;
import com.arizon.chat.realtime.socketio.protocol.SocketIoPacketEncoder;
import com.arizon.chat.realtime.socketio.protocol.SocketIoPacketReassembler;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The Socket.IO protocol (v5) over one Engine.IO session: reassembles packets, connects the client
 * to namespaces, routes its packets to the namespace's sockets, and closes the session on any
 * protocol violation, as the specification requires. The session's transport hands packets over one
 * at a time, in order; they are reassembled and routed on that thread, and the chat's events go on
 * to the gateway, which queues them without waiting. No lock is held while calling the namespace,
 * the session or a socket.
 */
final class SocketIoClient implements EngineIoSession.Listener {

    private static final Logger LOG = Logger.getLogger(SocketIoClient.class.getName());
    static final String INVALID_NAMESPACE = "Invalid namespace";

    private final EngineIoSession engine;
    private final Map<String, SocketIoNamespace> namespaces;
    private final Supplier<String> socketIds;
    private final SocketIoPacketReassembler reassembler = new SocketIoPacketReassembler();
    private final Map<String, SocketIoConnection> sockets = new HashMap<>();
    private final ScheduledFuture<?> connectDeadline;
    /** Guards the reassembler, the sockets and closed; nothing is called while it is held. */
    private final Object lock = new Object();
    private boolean closed;

    /**
     * @param namespaces the namespaces clients may connect to, by name
     * @param socketIds makes the id of each new socket
     */
    SocketIoClient(EngineIoSession engine, Map<String, SocketIoNamespace> namespaces, Supplier<String> socketIds,
            ScheduledExecutorService scheduler, SocketIoSettings settings) {
        this.engine = engine;
        this.namespaces = Map.copyOf(namespaces);
        this.socketIds = socketIds;
        this.connectDeadline = scheduler.schedule(this::connectTimedOut, settings.connectTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void onText(String data) {
        Optional<SocketIoPacket> packet;
        try {
            synchronized (lock) {
                packet = closed ? Optional.empty() : reassembler.acceptText(data);
            }
        } catch (MalformedPacketException e) {
            protocolViolation(e.getMessage());
            return;
        }
        packet.ifPresent(this::dispatch);
    }

    @Override
    public void onBinary(byte[] data) {
        Optional<SocketIoPacket> packet;
        try {
            synchronized (lock) {
                packet = closed ? Optional.empty() : reassembler.acceptBinary(data);
            }
        } catch (MalformedPacketException e) {
            protocolViolation(e.getMessage());
            return;
        }
        packet.ifPresent(this::dispatch);
    }

    @Override
    public void onClose(String reason) {
        List<SocketIoConnection> gone;
        synchronized (lock) {
            closed = true;
            gone = List.copyOf(sockets.values());
            sockets.clear();
        }
        connectDeadline.cancel(false);
        gone.forEach(this::disconnected);
    }

    private void dispatch(SocketIoPacket packet) {
        SocketIoConnection socket;
        synchronized (lock) {
            socket = sockets.get(packet.namespace());
        }
        switch (packet.type()) {
            case CONNECT -> {
                if (socket == null) {
                    connect(packet);
                } else {
                    protocolViolation("CONNECT to a namespace already connected");
                }
            }
            case CONNECT_ERROR -> protocolViolation("CONNECT_ERROR from a client");
            default -> {
                if (socket == null) {
                    protocolViolation(packet.type() + " for a namespace not connected");
                } else {
                    route(socket, packet);
                }
            }
        }
    }

    private void route(SocketIoConnection socket, SocketIoPacket packet) {
        switch (packet.type()) {
            case DISCONNECT -> {
                boolean wasConnected;
                synchronized (lock) {
                    wasConnected = sockets.remove(socket.namespace(), socket);
                }
                if (wasConnected) {
                    disconnected(socket);
                }
            }
            case EVENT, BINARY_EVENT -> {
                if (!socket.isEnded()) {
                    namespaces.get(socket.namespace()).onEvent(socket, packet);
                }
            }
            // the server never asks for acknowledgements, so there is nothing to match them with
            default -> LOG.finest(() -> "Socket.IO ignored " + packet.type() + " from " + socket.id());
        }
    }

    /**
     * The namespace decides outside the lock (it may take its time); should the session close
     * meanwhile, the socket it accepted is disconnected here, as the close could not see it accepted.
     */
    private void connect(SocketIoPacket packet) {
        String name = packet.namespace();
        SocketIoNamespace namespace = namespaces.get(name);
        if (namespace == null) {
            engine.send(SocketIoPacketEncoder.toEngineIoMessages(SocketIoPacket.connectError(name, INVALID_NAMESPACE)));
            return;
        }
        JsonObject auth = packet.data().map(JsonStructure::asJsonObject).orElse(JsonValue.EMPTY_JSON_OBJECT);
        SocketIoConnection socket = new SocketIoConnection(socketIds.get(), name, engine);
        synchronized (lock) {
            if (closed || sockets.putIfAbsent(name, socket) != null) {
                return;
            }
        }
        Optional<String> refusal = namespace.connect(socket, auth);
        boolean stillOpen;
        synchronized (lock) {
            stillOpen = sockets.get(name) == socket;
            if (stillOpen && refusal.isPresent()) {
                sockets.remove(name);
            }
        }
        if (refusal.isPresent()) {
            socket.refuse(refusal.get());
        } else if (stillOpen) {
            connectDeadline.cancel(false);
            socket.accept();
        } else {
            disconnected(socket);
        }
    }

    private void disconnected(SocketIoConnection socket) {
        socket.end();
        namespaces.get(socket.namespace()).onDisconnect(socket);
    }

    private void connectTimedOut() {
        boolean noneConnected;
        synchronized (lock) {
            noneConnected = sockets.isEmpty();
        }
        if (noneConnected) {
            engine.closeGracefully("no namespace connected in time");
        }
    }

    private void protocolViolation(String reason) {
        LOG.fine(() -> "Socket.IO protocol violation on session " + engine.sid() + ": " + reason);
        engine.close("parse error");
    }
}
