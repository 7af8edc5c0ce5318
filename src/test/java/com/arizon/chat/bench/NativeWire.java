package com.arizon.chat.bench;

import com.arizon.chat.it.support.ServerAddress;
import com.arizon.chat.it.support.TestUser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The native transport, {@code /ws/chat}: the token in the handshake's query, every frame one
 * {@code {"event": name, "data": {...}}}. Frames are recognised by their event name, not parsed.
 */
final class NativeWire implements ChatWire {

    private static final String EVENT_PREFIX = "{\"event\":\"";

    private final TestUser user;

    NativeWire(TestUser user) {
        this.user = user;
    }

    @Override
    public URI address(ServerAddress server) {
        return server.wsUri("/ws/chat?token=" + URLEncoder.encode(user.token(), StandardCharsets.UTF_8));
    }

    @Override
    public String event(String name, String dataJson) {
        return EVENT_PREFIX + name + "\",\"data\":" + dataJson + "}";
    }

    @Override
    public Inbound read(String frame) {
        if (!frame.startsWith(EVENT_PREFIX)) {
            return Inbound.IGNORED;
        }
        String event = frame.substring(EVENT_PREFIX.length(), frame.indexOf('"', EVENT_PREFIX.length()));
        return switch (event) {
            case "authenticated" -> Inbound.of(Kind.AUTHENTICATED, frame);
            case "room_joined" -> Inbound.of(Kind.JOINED, frame);
            case "new_message" -> Inbound.of(Kind.DELIVERED, frame);
            case "message_sent" -> Inbound.of(Kind.ACKNOWLEDGED, frame);
            case "error", "message_error", "room_error", "authentication_error" -> Inbound.of(Kind.REFUSED, frame);
            default -> Inbound.IGNORED;
        };
    }
}
