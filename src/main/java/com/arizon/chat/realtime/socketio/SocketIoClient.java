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
 * protocol violation, as the specification requires. Packets of one session are handled one at a
 * time, in order.
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
    public synchronized void onText(String data) {
        try {
            reassembler.acceptText(data).ifPresent(this::dispatch);
        } catch (MalformedPacketException e) {
            protocolViolation(e.getMessage());
        }
    }

    @Override
    public synchronized void onBinary(byte[] data) {
        try {
            reassembler.acceptBinary(data).ifPresent(this::dispatch);
        } catch (MalformedPacketException e) {
            protocolViolation(e.getMessage());
        }
    }

    @Override
    public void onClose(String reason) {
        List<SocketIoConnection> gone;
        synchronized (this) {
            closed = true;
            connectDeadline.cancel(false);
            gone = List.copyOf(sockets.values());
            sockets.clear();
        }
        gone.forEach(this::disconnected);
    }

    private void dispatch(SocketIoPacket packet) {
        if (closed) {
            return;
        }
        SocketIoConnection socket = sockets.get(packet.namespace());
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
                sockets.remove(socket.namespace());
                disconnected(socket);
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

    private void connect(SocketIoPacket packet) {
        String name = packet.namespace();
        SocketIoNamespace namespace = namespaces.get(name);
        if (namespace == null) {
            engine.send(SocketIoPacketEncoder.toEngineIoMessages(SocketIoPacket.connectError(name, INVALID_NAMESPACE)));
            return;
        }
        JsonObject auth = packet.data().map(JsonStructure::asJsonObject).orElse(JsonValue.EMPTY_JSON_OBJECT);
        SocketIoConnection socket = new SocketIoConnection(socketIds.get(), name, engine);
        sockets.put(name, socket);
        Optional<String> refusal = namespace.connect(socket, auth);
        if (refusal.isPresent()) {
            sockets.remove(name);
            socket.refuse(refusal.get());
        } else {
            connectDeadline.cancel(false);
            socket.accept();
        }
    }

    private void disconnected(SocketIoConnection socket) {
        socket.end();
        namespaces.get(socket.namespace()).onDisconnect(socket);
    }

    private synchronized void connectTimedOut() {
        if (sockets.isEmpty()) {
            engine.closeGracefully("no namespace connected in time");
        }
    }

    private void protocolViolation(String reason) {
        LOG.fine(() -> "Socket.IO protocol violation on session " + engine.sid() + ": " + reason);
        engine.close("parse error");
    }
}
