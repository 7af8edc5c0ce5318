package com.arizon.chat.realtime.socketio.protocol;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The data of the {@code open} packet that starts every Engine.IO session.
 *
 * @param upgrades transports the client may upgrade to: {@code ["websocket"]} for a polling session,
 *        empty for a session opened on a WebSocket
 * @param maxPayload the most bytes the client may put in one polling payload or WebSocket frame
 */
public record EngineIoHandshake(
        String sid, List<String> upgrades, Duration pingInterval, Duration pingTimeout, int maxPayload) {

    public EngineIoHandshake {
        Objects.requireNonNull(sid, "sid");
        if (sid.isEmpty()) {
            throw new IllegalArgumentException("sid must not be empty");
        }
        upgrades = List.copyOf(upgrades);
        requirePositive(pingInterval, "pingInterval");
        requirePositive(pingTimeout, "pingTimeout");
        if (maxPayload <= 0) {
            throw new IllegalArgumentException("maxPayload must be positive");
        }
    }

    public JsonObject toJson() {
        return JsonText.PROVIDER.createObjectBuilder()
                .add("sid", sid)
                .add("upgrades", JsonText.PROVIDER.createArrayBuilder(upgrades))
                .add("pingInterval", pingInterval.toMillis())
                .add("pingTimeout", pingTimeout.toMillis())
                .add("maxPayload", maxPayload)
                .build();
    }

    public EngineIoPacket.Text toOpenPacket() {
        return new EngineIoPacket.Text(EngineIoPacketType.OPEN, toJson().toString());
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException(name + " must be at least 1 ms");
        }
    }
}
