package com.arizon.chat.realtime.socketio;

import com.arizon.chat.realtime.control.RealtimeGateway;
import com.arizon.chat.realtime.control.RealtimeSettings;
import com.arizon.chat.realtime.control.RealtimeWorkers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Socket.IO server behind {@code /socket.io/}: its settings, its live Engine.IO sessions by sid,
 * and its namespaces. Outside the conformance profile the only namespace is the chat's main
 * namespace; in it, {@code /} and {@code /custom} echo as the official protocol test suite expects.
 */
@ApplicationScoped
public class SocketIoServer {

    private static final Logger LOG = Logger.getLogger(SocketIoServer.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = 15;
    /** The reference server's: a WebSocket that has not completed the upgrade by then is dropped. */
    private static final Duration UPGRADE_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "chat.socketio.ping-interval")
    long pingIntervalMillis;

    @Inject
    @ConfigProperty(name = "chat.socketio.ping-timeout")
    long pingTimeoutMillis;

    @Inject
    @ConfigProperty(name = "chat.socketio.connect-timeout")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "chat.socketio.max-payload")
    int maxPayload;

    @Inject
    @ConfigProperty(name = "chat.socketio.conformance")
    boolean conformance;

    @Inject
    RealtimeGateway gateway;

    @Inject
    RealtimeSettings realtimeSettings;

    @Inject
    RealtimeWorkers workers;

    private final Map<String, EngineIoSession> sessions = new ConcurrentHashMap<>();
    private SocketIoSettings settings;
    private Map<String, SocketIoNamespace> namespaces;

    @PostConstruct
    void start() {
        settings = new SocketIoSettings(Duration.ofMillis(pingIntervalMillis), Duration.ofMillis(pingTimeoutMillis),
                Duration.ofMillis(connectTimeoutMillis), UPGRADE_TIMEOUT, maxPayload,
                realtimeSettings.outboundMaxFrames(), conformance);
        if (conformance) {
            SocketIoNamespace echo = new ConformanceNamespace();
            namespaces = Map.of("/", echo, "/custom", echo);
            LOG.warning("Socket.IO protocol-conformance profile: /socket.io/ echoes instead of serving the chat");
        } else {
            namespaces = Map.of("/", new ChatNamespace(gateway));
        }
    }

    @PreDestroy
    void stop() {
        List.copyOf(sessions.values()).forEach(session -> session.close("server shutting down"));
    }

    SocketIoSettings settings() {
        return settings;
    }

    /** Starts an Engine.IO session on the transport; its open packet is queued already. */
    EngineIoSession open(EngineIoTransport transport) {
        EngineIoSession session = new EngineIoSession(randomId(), transport, settings, workers.timers(),
                System::nanoTime, closed -> sessions.remove(closed.sid()));
        sessions.put(session.sid(), session);
        session.open(new SocketIoClient(session, namespaces, SocketIoServer::randomId, workers.timers(), settings));
        return session;
    }

    Optional<EngineIoSession> session(String sid) {
        return Optional.ofNullable(sessions.get(sid));
    }

    /** The Engine.IO transport over a WebSocket that has just opened. */
    WebSocketTransport webSocketTransport(Session webSocket) {
        return new WebSocketTransport(new SessionFrameChannel(webSocket, workers.timers()));
    }

    /** 20 URL-safe characters, unguessable: Engine.IO sids and Socket.IO socket ids. */
    static String randomId() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
