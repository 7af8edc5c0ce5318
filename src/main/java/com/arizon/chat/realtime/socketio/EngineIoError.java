package com.arizon.chat.realtime.socketio;

import static com.arizon.chat.realtime.socketio.JsonSupport.JSON;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The errors an Engine.IO server answers HTTP requests with, numbered as the reference server does. */
enum EngineIoError {
    UNKNOWN_TRANSPORT(0, "Transport unknown"),
    UNKNOWN_SID(1, "Session ID unknown"),
    BAD_HANDSHAKE_METHOD(2, "Bad handshake method"),
    BAD_REQUEST(3, "Bad request"),
    FORBIDDEN(4, "Forbidden"),
    UNSUPPORTED_PROTOCOL_VERSION(5, "Unsupported protocol version");

    private final int code;
    private final String message;

    EngineIoError(int code, String message) {
        this.code = code;
        this.message = message;
    }

    String message() {
        return message;
    }

    int httpStatus() {
        return this == FORBIDDEN ? 403 : 400;
    }

    /** Answers the request with this error, e.g. 400 {@code {"code":1,"message":"Session ID unknown"}}. */
    void writeTo(HttpServletResponse response) throws IOException {
        byte[] body = JSON.createObjectBuilder().add("code", code).add("message", message).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(httpStatus());
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
