package com.arizon.chat.realtime.socketio;

import com.arizon.chat.it.support.ChatServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Raw Engine.IO over HTTP and WebSocket with the JDK's clients, for protocol tests written from the
 * specifications: nothing here knows Socket.IO's client library.
 */
final class EngineIoWire {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final String POLLING = "/socket.io/?EIO=4&transport=polling";
    static final String WEBSOCKET = "/socket.io/?EIO=4&transport=websocket";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    private final ChatServer server;

    EngineIoWire(ChatServer server) {
        this.server = server;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    HttpResponse<String> post(String pathAndQuery, String body) {
        return send("POST", pathAndQuery, body);
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body, String... headers) {
        return sendAsync(method, pathAndQuery, body, headers).join();
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String method, String pathAndQuery, String body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(pathAndQuery))
                .timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a polling session; returns its open packet's data. */
    JsonObject pollingHandshake() {
        HttpResponse<String> response = get(POLLING);
        if (response.statusCode() != 200 || !response.body().startsWith("0")) {
            throw new AssertionError("handshake failed: " + response.statusCode() + " " + response.body());
        }
        return json(response.body().substring(1));
    }

    static String poll(String sid) {
        return POLLING + "&sid=" + sid;
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** A raw WebSocket to {@code /socket.io/}; the handshake's HTTP answer if refused. */
    RawSocket webSocket(String pathAndQuery) {
        RawSocket socket = new RawSocket();
        URI uri = URI.create(server.baseUri().toString().replaceFirst("^http", "ws")).resolve(pathAndQuery);
        try {
            CLIENT.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(uri, socket.listener)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new HandshakeRefused(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
        return socket;
    }

    static final class HandshakeRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HandshakeRefused(Throwable cause) {
            super(cause);
        }
    }

    /** Frames as they came: text as String, binary as byte[]; nothing is answered automatically. */
    static final class RawSocket implements AutoCloseable {

        private final BlockingQueue<Object> frames = new LinkedBlockingQueue<>();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final Listener listener = new Listener();
        private volatile WebSocket webSocket;

        /** Sends one text frame; fails if it is not sent within the timeout (the server stopped reading). */
        void send(String text) {
            await(webSocket.sendText(text, true));
        }

        void sendBinary(byte[] data) {
            await(webSocket.sendBinary(ByteBuffer.wrap(data), true));
        }

        private static void await(CompletableFuture<WebSocket> sending) {
            try {
                sending.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException("send failed: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending", e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("not sent within " + TIMEOUT.toSeconds() + " s", e);
            }
        }

        /** The next frame; fails after the timeout. */
        Object next() {
            Object frame = next(TIMEOUT);
            if (frame == null) {
                throw new AssertionError("no frame within " + TIMEOUT.toSeconds() + " s");
            }
            return frame;
        }

        /** The next frame, or null if none came within {@code within}. */
        Object next(Duration within) {
            try {
                return frames.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The next text frame that is not a ping. */
        String nextText() {
            while (true) {
                Object frame = next();
                if (frame instanceof String text && !"2".equals(text)) {
                    return text;
                }
            }
        }

        /** The close code once the server has closed the WebSocket; fails after {@code within}. */
        int awaitClose(Duration within) {
            try {
                return closed.get(within.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new AssertionError("the WebSocket was not closed within " + within, e);
            }
        }

        boolean isClosed() {
            return closed.isDone();
        }

        @Override
        public void close() {
            if (webSocket != null && !webSocket.isOutputClosed()) {
                webSocket.abort();
            }
        }

        private final class Listener implements WebSocket.Listener {

            private final StringBuilder text = new StringBuilder();
            private ByteBuffer binary = ByteBuffer.allocate(0);

            @Override
            public void onOpen(WebSocket socket) {
                webSocket = socket;
                socket.request(Long.MAX_VALUE);
            }

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    frames.add(text.toString());
                    text.setLength(0);
                }
                return null;
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
                ByteBuffer joined = ByteBuffer.allocate(binary.remaining() + data.remaining());
                joined.put(binary).put(data).flip();
                binary = joined;
                if (last) {
                    byte[] bytes = new byte[binary.remaining()];
                    binary.get(bytes);
                    frames.add(bytes);
                    binary = ByteBuffer.allocate(0);
                }
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                closed.complete(-1);
            }
        }
    }
}
