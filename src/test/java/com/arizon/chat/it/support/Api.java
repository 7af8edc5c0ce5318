package com.arizon.chat.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small JSON client for the REST API. Immutable: {@code as}, {@code withToken} and
 * {@code withHeader} return a new client.
 *
 * <pre>{@code
 * ApiResponse r = Api.of(ChatServer.shared()).as(alice).post("/api/chat/rooms", Map.of("name", "x"));
 * }</pre>
 *
 * A body given as a {@code Map}, {@code List} or JSON-P value is serialised as JSON; a
 * {@code String} body is sent verbatim (for malformed-JSON tests).
 */
public final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private final URI baseUri;
    private final Map<String, String> headers;

    private Api(URI baseUri, Map<String, String> headers) {
        this.baseUri = baseUri;
        this.headers = Map.copyOf(headers);
    }

    /** An anonymous client for the server. */
    public static Api of(ServerAddress server) {
        return new Api(server.baseUri(), Map.of());
    }

    public Api as(TestUser user) {
        return withToken(user.token());
    }

    /** Sends {@code Authorization: Bearer <rawToken>}, whatever the token holds. */
    public Api withToken(String rawToken) {
        return withHeader("Authorization", "Bearer " + rawToken);
    }

    public Api anonymous() {
        Map<String, String> without = new LinkedHashMap<>(headers);
        without.remove("Authorization");
        return new Api(baseUri, without);
    }

    public Api withHeader(String name, String value) {
        Map<String, String> with = new LinkedHashMap<>(headers);
        with.put(name, value);
        return new Api(baseUri, with);
    }

    public ApiResponse get(String path) {
        return send("GET", path, null);
    }

    public ApiResponse post(String path) {
        return send("POST", path, null);
    }

    public ApiResponse post(String path, Object body) {
        return send("POST", path, body);
    }

    public ApiResponse put(String path) {
        return send("PUT", path, null);
    }

    public ApiResponse put(String path, Object body) {
        return send("PUT", path, body);
    }

    public ApiResponse patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null);
    }

    public ApiResponse delete(String path, Object body) {
        return send("DELETE", path, body);
    }

    /** Any method; {@code path} starts with '/' and may carry a query string; body may be null. */
    public ApiResponse send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, BodyPublishers.ofString(serialise(body)));
        }
        try {
            return new ApiResponse(CLIENT.send(request.build(), BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    private static String serialise(Object body) {
        if (body instanceof String raw) {
            return raw;
        }
        return JsonValues.from(body).toString();
    }
}
