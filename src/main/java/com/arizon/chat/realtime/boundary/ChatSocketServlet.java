package com.arizon.chat.realtime.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The native WebSocket endpoint {@code /ws/chat}: answers the opening handshake and hands the
 * connection to a {@link NativeConnection}. Every text frame is one JSON object
 * {@code {"event": "...", "data": {...}}} each way; the handshake may carry {@code ?token=}.
 * {@code platform.web.WebSocketOriginFilter} has checked the {@code Origin} before this runs.
 *
 * <p>The WebSocket protocol is implemented over the servlet upgrade rather than a
 * {@code @ServerEndpoint}: Tyrus, the container's WebSocket runtime, submits a task to the managed
 * scheduled executor for every message it sends (its idle timer), and that alone cost several
 * times the rest of a room push under load.
 */
@WebServlet(urlPatterns = "/ws/chat", asyncSupported = true)
public class ChatSocketServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<String> key = WebSocketHandshake.key(request);
        if (key.isEmpty()) {
            response.setHeader("Sec-WebSocket-Version", WebSocketHandshake.VERSION);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "A WebSocket (version 13) upgrade is expected");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SWITCHING_PROTOCOLS);
        response.setHeader("Upgrade", "websocket");
        response.setHeader("Connection", "Upgrade");
        response.setHeader("Sec-WebSocket-Accept", WebSocketHandshake.accept(key.get()));
        NativeConnection connection = request.upgrade(NativeConnection.class);
        connection.handshakeToken(Optional.ofNullable(request.getParameter("token")));
    }
}
