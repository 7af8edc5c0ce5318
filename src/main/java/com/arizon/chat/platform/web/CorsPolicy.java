package com.arizon.chat.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which browser origins may call us: {@code CORS_ALLOWED_ORIGINS} (comma list, {@code *} for any),
 * or, unset, the server's own origin and {@code http://localhost:*}. Governs CORS on the REST API
 * and the {@code Origin} check of WebSocket handshakes alike.
 */
@ApplicationScoped
public class CorsPolicy {

    private final List<String> allowed;

    @Inject
    public CorsPolicy(@ConfigProperty(name = "CORS_ALLOWED_ORIGINS") Optional<String> configured) {
        this.allowed = configured.map(list -> Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .map(CorsPolicy::withoutTrailingSlash)
                .toList()).orElse(List.of());
    }

    protected CorsPolicy() {
        this.allowed = List.of();
    }

    /** The request's {@code Origin}, the server's own origin being the one the request was addressed to. */
    public boolean allows(HttpServletRequest request) {
        return allows(request.getHeader("Origin"), ownOrigin(request));
    }

    /**
     * @param origin the request's {@code Origin} header (null for non-browser clients: allowed)
     * @param ownOrigin the origin the request was addressed to, e.g. {@code http://chat.example:8080}
     */
    public boolean allows(String origin, String ownOrigin) {
        if (origin == null) {
            return true;
        }
        String normalized = withoutTrailingSlash(origin);
        if (normalized.equalsIgnoreCase(withoutTrailingSlash(ownOrigin))) {
            return true;
        }
        if (!allowed.isEmpty()) {
            return allowed.contains("*") || allowed.stream().anyMatch(normalized::equalsIgnoreCase);
        }
        return isLocalhost(normalized);
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static boolean isLocalhost(String origin) {
        try {
            URI uri = URI.create(origin);
            return "http".equals(uri.getScheme()) && "localhost".equalsIgnoreCase(uri.getHost());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String withoutTrailingSlash(String origin) {
        return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }
}
