package com.arizon.chat.realtime.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Hands the WebSocket container a WebSocket handshake whose query this filter parsed itself, with
 * the {@code token} parameter in the parameter map only. The container keeps the handshake request
 * for the connection's life: left to itself, its query parser keeps buffers the size of the query
 * (three, a JWT long each) and the session's URI two more copies of the token, about 8 KiB per
 * idle connection. The endpoints read the token from {@code Session.getRequestParameterMap()} as
 * before; {@code Session.getQueryString()} and {@code getRequestURI()} no longer show it (which also
 * keeps it out of anything that logs them). Declared filters run before the container's own.
 */
@WebFilter(urlPatterns = {"/ws/*", "/socket.io/*"}, asyncSupported = true)
public class HandshakeQueryFilter extends HttpFilter {

    private static final String TOKEN = "token";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean upgrade = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
        chain.doFilter(upgrade ? new ParsedQuery(request) : request, response);
    }

    /** The request with its query parsed here: the container's parser never runs. */
    static final class ParsedQuery extends HttpServletRequestWrapper {

        private final String query;
        private final Map<String, String[]> parameters;

        ParsedQuery(HttpServletRequest request) {
            super(request);
            Map<String, String[]> parsed = new LinkedHashMap<>();
            StringJoiner withoutToken = new StringJoiner("&");
            String raw = request.getQueryString();
            for (String pair : raw == null || raw.isEmpty() ? new String[0] : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
                String value = decoded(equals < 0 ? "" : pair.substring(equals + 1));
                if (!TOKEN.equals(name)) {
                    withoutToken.add(pair);
                }
                if (name != null && value != null && !name.isEmpty()) { // else skipped, as the container's parser does
                    parsed.merge(name, new String[] {value}, ParsedQuery::concat);
                }
            }
            this.query = withoutToken.length() == 0 ? null : withoutToken.toString();
            this.parameters = Collections.unmodifiableMap(parsed);
        }

        @Override
        public String getQueryString() {
            return query;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        private static String decoded(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }

        private static String[] concat(String[] first, String[] second) {
            String[] both = new String[first.length + second.length];
            System.arraycopy(first, 0, both, 0, first.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            return both;
        }
    }
}
