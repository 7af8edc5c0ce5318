package com.arizon.chat.realtime.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** The opening handshake of RFC 6455 section 4.2, server side. */
final class WebSocketHandshake {

    static final String VERSION = "13";
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int KEY_BYTES = 16;

    private WebSocketHandshake() {
    }

    /** The client's key if the request is a well-formed version 13 upgrade to WebSocket. */
    static Optional<String> key(HttpServletRequest request) {
        boolean upgrade = "GET".equals(request.getMethod())
                && hasToken(request.getHeader("Upgrade"), "websocket")
                && hasToken(request.getHeader("Connection"), "upgrade");
        String key = request.getHeader("Sec-WebSocket-Key");
        if (!upgrade || key == null || !VERSION.equals(request.getHeader("Sec-WebSocket-Version"))) {
            return Optional.empty();
        }
        try {
            return Base64.getDecoder().decode(key.strip()).length == KEY_BYTES ? Optional.of(key.strip()) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** {@code Sec-WebSocket-Accept} for the client's key. */
    static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
    }

    private static boolean hasToken(String header, String token) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            if (part.strip().toLowerCase(Locale.ROOT).equals(token)) {
                return true;
            }
        }
        return false;
    }
}
