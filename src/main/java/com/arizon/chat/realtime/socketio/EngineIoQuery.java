package com.arizon.chat.realtime.socketio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Engine.IO query parameters of a request: {@code EIO}, {@code transport} and {@code sid}. Read
 * from the raw query string, so a POST body is never consumed as form parameters.
 */
record EngineIoQuery(Optional<String> protocol, Optional<String> transport, Optional<String> sid) {

    static final String SUPPORTED_PROTOCOL = "4";

    static EngineIoQuery parse(String queryString) {
        Map<String, String> parameters = new HashMap<>();
        if (queryString != null) {
            for (String pair : queryString.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                parameters.putIfAbsent(name, value);
            }
        }
        return new EngineIoQuery(Optional.ofNullable(parameters.get("EIO")),
                Optional.ofNullable(parameters.get("transport")),
                Optional.ofNullable(parameters.get("sid")).filter(sid -> !sid.isEmpty()));
    }

    boolean supportedProtocol() {
        return protocol.filter(SUPPORTED_PROTOCOL::equals).isPresent();
    }

    boolean transportIs(String name) {
        return transport.filter(name::equals).isPresent();
    }

    /** Whether the transport is one this server has: polling or websocket. */
    boolean knownTransport() {
        return transportIs(EngineIoTransport.POLLING) || transportIs(EngineIoTransport.WEBSOCKET);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
