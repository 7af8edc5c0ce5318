package com.arizon.chat.realtime.boundary;

import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.websocket.InjectedEndpoints;
import com.arizon.chat.platform.websocket.Utf8;
import com.arizon.chat.realtime.control.ClientEvents;
import com.arizon.chat.realtime.control.CloseCause;
import com.arizon.chat.realtime.control.OutboundEvent;
import com.arizon.chat.realtime.control.RealtimeGateway;
import com.arizon.chat.realtime.control.RealtimeGateway.OpenOutcome;
import com.arizon.chat.realtime.control.RealtimeSettings;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The native WebSocket transport at {@code /ws/chat}: each text frame is one JSON object
 * {@code {"event": "...", "data": {...}}} each way. Framing only; the protocol is the gateway's.
 * The handshake may carry {@code ?token=}; {@code platform.web.WebSocketOriginFilter} has checked its Origin.
 */
@ServerEndpoint(value = "/ws/chat", configurator = InjectedEndpoints.class)
public class ChatSocketEndpoint {

    private static final Logger LOG = Logger.getLogger(ChatSocketEndpoint.class.getName());
    // A message sent in fragments is assembled by the container only up to this many times the
    // limit (then it closes with 1009 itself); a single frame it reads whole, up to its 4 MiB
    // incoming buffer (beyond that it closes with 1011), before text() measures it.
    private static final int CONTAINER_LIMIT_FACTOR = 4;

    @Inject
    RealtimeGateway gateway;

    @Inject
    RealtimeSettings settings;

    @Inject
    NativeHeartbeat heartbeat;

    private NativeConnection connection;
    private int maxFrameBytes;

    @OnOpen
    public void open(Session session) {
        maxFrameBytes = settings.maxFrameBytes();
        session.setMaxTextMessageBufferSize(maxFrameBytes * CONTAINER_LIMIT_FACTOR);
        session.setMaxBinaryMessageBufferSize(maxFrameBytes);
        // No idle timeout: the heartbeat finds dead peers, and a quiet client is not a dead one. (Payara's
        // Tyrus schedules an idle-timer task for every frame received all the same; docs/benchmark.md.)
        session.setMaxIdleTimeout(0);
        connection = new NativeConnection(session, settings.outboundMaxFrames(), settings.outboundMaxBytes());
        heartbeat.track(connection);
        OpenOutcome outcome = gateway.open(connection, handshakeToken(session));
        outcome.reply().ifPresent(connection::send);
        if (!outcome.accepted()) {
            connection.close(CloseCause.POLICY_VIOLATION, "Authentication failed");
        }
    }

    @OnMessage
    public void text(String text) {
        if (Utf8.exceeds(text, maxFrameBytes)) {
            connection.send(ClientEvents.error(ErrorCode.VALIDATION_ERROR,
                    "A frame may hold at most " + maxFrameBytes + " bytes"));
            connection.close(CloseCause.TOO_BIG, "Frame too big");
            return;
        }
        InboundFrame frame;
        try {
            frame = InboundFrame.parse(text);
        } catch (InboundFrame.Malformed e) {
            gateway.malformed(connection, e.getMessage(), this::reply);
            return;
        }
        gateway.receive(connection, frame.event(), frame.data(), this::reply);
    }

    @OnMessage
    public void binary(ByteBuffer data) {
        gateway.malformed(connection, "Binary frames are not supported; send JSON text frames", this::reply);
    }

    @OnMessage
    public void pong(PongMessage pong) {
        connection.ponged();
    }

    @OnClose
    public void closed() {
        heartbeat.untrack(connection);
        connection.ended();
        gateway.closed(connection);
    }

    @OnError
    public void failed(Throwable error) {
        LOG.log(Level.FINE, "WebSocket error", error);
    }

    private void reply(Optional<OutboundEvent> reply) {
        reply.ifPresent(connection::send);
    }

    private static Optional<String> handshakeToken(Session session) {
        List<String> tokens = session.getRequestParameterMap().get("token");
        return tokens == null || tokens.isEmpty() ? Optional.empty() : Optional.of(tokens.get(0));
    }
}
