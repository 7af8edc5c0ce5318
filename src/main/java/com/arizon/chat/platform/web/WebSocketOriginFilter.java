package com.arizon.chat.platform.web;

import com.arizon.chat.platform.api.ErrorCode;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses (403) a WebSocket handshake whose {@code Origin} {@link CorsPolicy} does not allow, before
 * the container upgrades the connection. A filter rather than {@code Configurator.checkOrigin},
 * because the policy's same-origin rule needs the request's own host, which checkOrigin is not given.
 * Declared filters run before the WebSocket container's own, so this sees every upgrade request.
 */
@WebFilter(urlPatterns = {"/ws/*", "/socket.io/*"}, asyncSupported = true)
public class WebSocketOriginFilter extends HttpFilter {

    @Inject
    CorsPolicy policy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isUpgrade(request) && !policy.allows(request)) {
            ErrorEnvelopeWriter.write(response, HttpServletResponse.SC_FORBIDDEN, ErrorCode.FORBIDDEN,
                    "Origin not allowed");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isUpgrade(HttpServletRequest request) {
        return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }
}
