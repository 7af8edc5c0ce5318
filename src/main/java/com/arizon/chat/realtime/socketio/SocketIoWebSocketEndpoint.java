package com.arizon.chat.realtime.socketio;

import com.arizon.chat.platform.websocket.InjectedEndpoints;
import com.arizon.chat.platform.websocket.Utf8;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacketCodec;
import com.arizon.chat.realtime.socketio.protocol.MalformedPacketException;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The WebSocket transport of Engine.IO at {@code /socket.io/?EIO=4&transport=websocket}: a new
 * session, or with {@code sid} the upgrade of a polling session. One instance per WebSocket; the
 * handshake was checked by {@link SocketIoUpgradeFilter}.
 */
@ServerEndpoint(value = "/socket.io/", configurator = InjectedEndpoints.class)
public class SocketIoWebSocketEndpoint {

    private static final Logger LOG = Logger.getLogger(SocketIoWebSocketEndpoint.class.getName());

    @Inject
    SocketIoServer server;

    private EngineIoSession session;
    private WebSocketTransport transport;
    private int maxPayload;

    @OnOpen
    public void open(Session webSocket) {
        maxPayload = server.settings().maxPayload();
        // Bounds what the container assembles from a fragmented message (text counted in chars,
        // never more than its UTF-8 bytes); over it, the container closes with 1009 by itself.
        // A single frame is read whole (at most the container's 4 MiB frame buffer) and its bytes
        // counted here.
        webSocket.setMaxTextMessageBufferSize(maxPayload);
        webSocket.setMaxBinaryMessageBufferSize(maxPayload);
        webSocket.setMaxIdleTimeout(0); // Engine.IO's heartbeat finds dead peers; see ChatSocketEndpoint
        transport = server.webSocketTransport(webSocket);
        Optional<String> sid = EngineIoQuery.parse(webSocket.getQueryString()).sid();
        if (sid.isEmpty()) {
            session = server.open(transport);
            return;
        }
        // a second upgrade of the session, or one that ended since the handshake was checked
        session = server.session(sid.get()).filter(existing -> existing.beginUpgrade(transport)).orElse(null);
        if (session == null) {
            transport.close();
        }
    }

    @OnMessage
    public void text(String frame) {
        if (session == null) {
            return;
        }
        if (Utf8.exceeds(frame, maxPayload)) {
            session.receiveOversized(transport);
            return;
        }
        try {
            session.receive(transport, EngineIoPacketCodec.decode(frame));
        } catch (MalformedPacketException e) {
            session.receiveMalformed(transport);
        }
    }

    @OnMessage
    public void binary(byte[] frame) {
        if (session == null) {
            return;
        }
        if (frame.length > maxPayload) {
            session.receiveOversized(transport);
            return;
        }
        session.receive(transport, EngineIoPacket.message(frame));
    }

    @OnClose
    public void closed() {
        if (session != null) {
            session.transportClosed(transport);
        }
    }

    @OnError
    public void failed(Throwable cause) {
        LOG.log(Level.FINE, "Socket.IO WebSocket error", cause);
    }
}
