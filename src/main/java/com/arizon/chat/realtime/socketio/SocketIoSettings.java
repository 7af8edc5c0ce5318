package com.arizon.chat.realtime.socketio;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Socket.IO transport behaves; {@link SocketIoServer} reads it from MicroProfile Config.
 *
 * @param pingInterval how often the server pings (Engine.IO heartbeat)
 * @param pingTimeout how long the client has to answer a ping with a pong
 * @param connectTimeout how long a client has, after the Engine.IO handshake, to connect to a namespace
 * @param upgradeTimeout how long a polling-to-WebSocket upgrade may take once the WebSocket is open
 * @param maxPayload the most bytes one polling POST body or one WebSocket frame may hold
 * @param maxBufferedPackets the most packets waiting for the client; past it the client is dropped
 * @param conformance the protocol-conformance profile: echo namespaces instead of the chat
 */
public record SocketIoSettings(Duration pingInterval, Duration pingTimeout, Duration connectTimeout,
        Duration upgradeTimeout, int maxPayload, int maxBufferedPackets, boolean conformance) {

    public SocketIoSettings {
        requirePositive(pingInterval, "pingInterval");
        requirePositive(pingTimeout, "pingTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(upgradeTimeout, "upgradeTimeout");
        if (maxPayload <= 0 || maxBufferedPackets <= 0) {
            throw new IllegalArgumentException("maxPayload and maxBufferedPackets must be positive");
        }
    }

    /** How long a polling GET may stay open: past the next ping, with room for the pong. */
    Duration pollTimeout() {
        return pingInterval.plus(pingTimeout).plusSeconds(5);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
