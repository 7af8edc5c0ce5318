package com.arizon.chat.it.support;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A native WebSocket client for {@code /ws/chat} that records every frame it receives, for
 * black-box tests:
 *
 * <pre>{@code
 * try (ChatSocket socket = ChatSocket.connect(server, alice)) {
 *     socket.awaitEvent("authenticated");
 *     socket.emit("join_room", Map.of("roomId", roomId));
 *     JsonObject joined = socket.awaitEvent("room_joined", data -> roomId.equals(data.getString("roomId")));
 * }
 * }</pre>
 *
 * Awaiting never consumes: {@link #awaitEvent} finds the first matching frame received so far or
 * waits for one. To show that something did <em>not</em> arrive, call {@link #sync()} first: the
 * server answers events of one connection in order, so everything it queued for this connection
 * before the sync's reply has arrived once the reply has.
 */
public final class ChatSocket implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    /** One frame received: its event name and data, and the raw text. */
    public record Frame(String event, JsonValue data, String text) {

        /** The data as an object (fails the test if it is not one). */
        public JsonObject object() {
            if (data.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new AssertionError("data of " + event + " is not an object: " + text);
            }
            return data.asJsonObject();
        }
    }

    /** How the server ended the connection. */
    public record Closure(int code, String reason) {
    }

    private final WebSocket webSocket;
    private final Recorder recorder;

    private ChatSocket(WebSocket webSocket, Recorder recorder) {
        this.webSocket = webSocket;
        this.recorder = recorder;
    }

    /** Connects with the user's token at the handshake ({@code ?token=}). */
    public static ChatSocket connect(ServerAddress server, TestUser user) {
        return connectWithToken(server, user.token());
    }

    /** Connects with any token text at the handshake. */
    public static ChatSocket connectWithToken(ServerAddress server, String token) {
        return open(server.wsUri("/ws/chat?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)), Map.of());
    }

    /** Connects without a token; the client must send {@code authenticate}. */
    public static ChatSocket connectAnonymous(ServerAddress server) {
        return open(server.wsUri("/ws/chat"), Map.of());
    }

    /** Connects with the user's token and waits for {@code authenticated}. */
    public static ChatSocket signedIn(ServerAddress server, TestUser user) {
        ChatSocket socket = connect(server, user);
        socket.awaitEvent("authenticated");
        return socket;
    }

    /** Connects to a URI with extra handshake headers (e.g. {@code Origin}). */
    public static ChatSocket open(URI uri, Map<String, String> headers) {
        Recorder recorder = new Recorder();
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(TIMEOUT);
        headers.forEach(builder::header);
        try {
            WebSocket webSocket = builder.buildAsync(uri, recorder).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new ChatSocket(webSocket, recorder);
        } catch (ExecutionException e) {
            throw new HandshakeFailure(uri, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while connecting to " + uri, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("No WebSocket handshake with " + uri + " within " + TIMEOUT, e);
        }
    }

    /** Sends {@code {"event": event, "data": data}}; {@code data} as for {@link JsonValues#from}. */
    public ChatSocket emit(String event, Object data) {
        JsonObject frame = JsonValues.JSON.createObjectBuilder()
                .add("event", event)
                .add("data", JsonValues.from(data))
                .build();
        return sendRaw(frame.toString());
    }

    /** Sends a text frame verbatim. */
    public ChatSocket sendRaw(String text) {
        join(webSocket.sendText(text, true));
        return this;
    }

    public ChatSocket sendBinary(byte[] bytes) {
        join(webSocket.sendBinary(ByteBuffer.wrap(bytes), true));
        return this;
    }

    /** Sends {@code join_room} and waits for {@code room_joined} of that room. */
    public JsonObject joinRoom(String roomId) {
        emit("join_room", Map.of("roomId", roomId));
        return awaitEvent("room_joined", data -> roomId.equals(data.getString("roomId", null)));
    }

    /**
     * A round trip through the server: everything the server queued for this connection before it
     * answered has been received when this returns.
     */
    public ChatSocket sync() {
        String marker = "sync-" + UUID.randomUUID();
        emit("leave_room", Map.of("roomId", marker));
        awaitEvent("room_left", data -> marker.equals(data.getString("roomId", null)));
        return this;
    }

    /** The data of the first {@code event} received, waiting for it if need be. */
    public JsonObject awaitEvent(String event) {
        return awaitEvent(event, data -> true);
    }

    /** The data of the first {@code event} whose data matches, waiting for it if need be. */
    public JsonObject awaitEvent(String event, Predicate<JsonObject> matching) {
        return awaitFrame(frame -> frame.event().equals(event)
                && frame.data().getValueType() == JsonValue.ValueType.OBJECT
                && matching.test(frame.object()), "'" + event + "'").object();
    }

    /** The first frame that matches, waiting for it if need be. */
    public Frame awaitFrame(Predicate<Frame> matching, String description) {
        return awaitFrameSince(0, matching, description);
    }

    /** How many frames have arrived so far: a mark for {@link #awaitEventSince}. */
    public int mark() {
        return recorder.frames().size();
    }

    /** As {@link #awaitEvent(String, Predicate)}, among the frames that arrived after {@code mark}. */
    public JsonObject awaitEventSince(int mark, String event, Predicate<JsonObject> matching) {
        return awaitFrameSince(mark, frame -> frame.event().equals(event)
                && frame.data().getValueType() == JsonValue.ValueType.OBJECT
                && matching.test(frame.object()), "'" + event + "' after frame " + mark).object();
    }

    private Frame awaitFrameSince(int mark, Predicate<Frame> matching, String description) {
        return recorder.await(mark, matching, TIMEOUT)
                .orElseThrow(() -> new AssertionError("No frame " + description + " within " + TIMEOUT
                        + "; received: " + recorder.describe()));
    }

    /** The data of every {@code event} received so far, in order. */
    public List<JsonObject> events(String event) {
        return recorder.frames().stream()
                .filter(frame -> frame.event().equals(event))
                .map(Frame::object)
                .toList();
    }

    public List<Frame> frames() {
        return recorder.frames();
    }

    /** Waits until the server closes the connection and says how. */
    public Closure awaitClose() {
        try {
            return recorder.closure.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("The connection failed instead of closing: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        } catch (TimeoutException e) {
            throw new AssertionError("Not closed within " + TIMEOUT + "; received: " + recorder.describe(), e);
        }
    }

    public boolean isClosed() {
        return recorder.closure.isDone();
    }

    @Override
    public void close() {
        if (!webSocket.isOutputClosed()) {
            try {
                webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                webSocket.abort();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                webSocket.abort();
            }
        }
    }

    /** Drops the TCP connection without a close handshake, as a vanished device would. */
    public void abort() {
        webSocket.abort();
    }

    private static void join(CompletableFuture<WebSocket> sending) {
        try {
            sending.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Send failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Send not done within " + TIMEOUT, e);
        }
    }

    /** The handshake was refused; {@link #status()} is the HTTP status, if the server answered with one. */
    public static final class HandshakeFailure extends RuntimeException {

        HandshakeFailure(URI uri, Throwable cause) {
            super("WebSocket handshake with " + uri + " failed: " + cause, cause);
        }

        public Optional<Integer> status() {
            for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof WebSocketHandshakeException handshake) {
                    return Optional.of(handshake.getResponse().statusCode());
                }
            }
            return Optional.empty();
        }
    }

    /** Collects frames; whoever awaits is woken when one arrives or the connection ends. */
    private static final class Recorder implements WebSocket.Listener {

        private static final int DESCRIBED_FRAMES = 20;

        private final List<Frame> frames = new ArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private final CompletableFuture<Closure> closure = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                record(parse(text));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            record(new Frame("(binary)", JsonValue.NULL, "(binary)"));
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closure.complete(new Closure(statusCode, reason));
            wake();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closure.completeExceptionally(error);
            wake();
        }

        private static Frame parse(String text) {
            try (JsonReader reader = JsonValues.JSON.createReader(new StringReader(text))) {
                JsonObject object = reader.readObject();
                return new Frame(object.getString("event", "(no event)"),
                        object.getOrDefault("data", JsonValue.NULL), text);
            } catch (JsonException | IllegalStateException | ClassCastException e) {
                return new Frame("(not JSON)", JsonValue.NULL, text);
            }
        }

        private synchronized void record(Frame frame) {
            frames.add(frame);
            notifyAll();
        }

        private synchronized void wake() {
            notifyAll();
        }

        synchronized List<Frame> frames() {
            return List.copyOf(frames);
        }

        synchronized Optional<Frame> await(int from, Predicate<Frame> matching, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int checked = from;
            while (true) {
                for (; checked < frames.size(); checked++) {
                    if (matching.test(frames.get(checked))) {
                        return Optional.of(frames.get(checked));
                    }
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || closure.isDone()) {
                    return Optional.empty();
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }

        synchronized String describe() {
            List<String> texts = new ArrayList<>();
            int from = Math.max(0, frames.size() - DESCRIBED_FRAMES);
            for (Frame frame : frames.subList(from, frames.size())) {
                String text = frame.text();
                texts.add(text.length() > 300 ? text.substring(0, 300) + "..." : text);
            }
            return (from > 0 ? "(" + from + " earlier) " : "") + texts
                    + (closure.isDone() ? " then " + closure.handle((how, error) -> how != null ? "closed " + how
                            : "failed " + error).join() : "");
        }
    }
}
