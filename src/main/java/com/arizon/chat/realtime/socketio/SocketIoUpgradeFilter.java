package com.arizon.chat.realtime.socketio;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses Engine.IO WebSocket handshakes the protocol does not allow (wrong transport or version,
 * unknown sid) with an HTTP 400 before the upgrade, as the reference server does. Declared filters
 * run before the WebSocket container's own filter, which performs the upgrade; the Origin of
 * upgrades is checked by {@link com.arizon.chat.platform.web.WebSocketOriginFilter}.
 */
@WebFilter(urlPatterns = "/socket.io/*", asyncSupported = true)
public class SocketIoUpgradeFilter extends HttpFilter {

    @Inject
    SocketIoServer server;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<EngineIoError> refusal = refusal(request, EngineIoQuery.parse(request.getQueryString()));
        if (refusal.isPresent()) {
            refusal.get().writeTo(response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private Optional<EngineIoError> refusal(HttpServletRequest request, EngineIoQuery query) {
        if (!query.transportIs(EngineIoTransport.WEBSOCKET)) {
            return Optional.of(query.knownTransport() ? EngineIoError.BAD_REQUEST : EngineIoError.UNKNOWN_TRANSPORT);
        }
        if (query.sid().isPresent()) {
            return server.session(query.sid().get()).isPresent()
                    ? Optional.empty()
                    : Optional.of(EngineIoError.UNKNOWN_SID);
        }
        return query.supportedProtocol() ? Optional.empty() : Optional.of(EngineIoError.UNSUPPORTED_PROTOCOL_VERSION);
    }
}
