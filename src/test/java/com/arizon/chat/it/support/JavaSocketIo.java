package com.arizon.chat.it.support;

import io.socket.client.IO;
import io.socket.client.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The Java Socket.IO client ({@code io.socket:socket.io-client}) with every chat event it receives
 * recorded, for black-box tests. Awaiting never consumes: it finds the first matching event so far.
 */
public final class JavaSocketIo implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> EVENTS = List.of("authenticated", "authentication_error", "room_joined",
            "room_error", "message_sent", "message_error", "new_message", "user_online", "user_offline",
            "room_users_update", "error", Socket.EVENT_CONNECT, Socket.EVENT_CONNECT_ERROR, Socket.EVENT_DISCONNECT);

    public record Event(String name, Object data) {

        public JSONObject object() {
            return (JSONObject) data;
        }
    }

    private final Socket socket;
    private final Queue<Event> events = new ConcurrentLinkedQueue<>();

    private JavaSocketIo(Socket socket) {
        this.socket = socket;
        EVENTS.forEach(name -> socket.on(name, args -> events.add(new Event(name, args.length > 0 ? args[0] : null))));
    }

    /** Connects over one transport ({@code WebSocket.NAME} or {@code Polling.NAME}), with {@code auth.token} if given. */
    public static JavaSocketIo connect(ServerAddress server, String transport, Optional<String> token) {
        IO.Options options = IO.Options.builder()
                .setTransports(new String[] {transport})
                .setForceNew(true)
                .setReconnection(false)
                .build();
        token.ifPresent(value -> options.auth = Map.of("token", value));
        JavaSocketIo client = new JavaSocketIo(IO.socket(server.baseUri(), options));
        client.socket.connect();
        return client;
    }

    public JavaSocketIo emit(String event, Map<String, ?> data) {
        socket.emit(event, new JSONObject(data));
        return this;
    }

    /** Emits with an acknowledgement callback; returns the acknowledgement's arguments. */
    public JSONArray emitWithAck(String event, Map<String, ?> data) throws Exception {
        CompletableFuture<JSONArray> ack = new CompletableFuture<>();
        socket.emit(event, new JSONObject(data), (io.socket.client.Ack) args -> {
            JSONArray arguments = new JSONArray();
            for (Object argument : args) {
                arguments.put(argument);
            }
            ack.complete(arguments);
        });
        return ack.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    public JSONObject await(String event) {
        return await(event, data -> true);
    }

    public JSONObject await(String event, Predicate<JSONObject> matching) {
        return awaitEvent(event, data -> data instanceof JSONObject object && matching.test(object)).object();
    }

    public Event awaitEvent(String event, Predicate<Object> matching) {
        return Awaitility.await().atMost(TIMEOUT).until(() -> events.stream()
                .filter(candidate -> candidate.name().equals(event) && matching.test(candidate.data()))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    public long count(String event) {
        return count(event, data -> true);
    }

    public long count(String event, Predicate<Object> matching) {
        return events.stream().filter(candidate -> candidate.name().equals(event) && matching.test(candidate.data()))
                .count();
    }

    public boolean isConnected() {
        return socket.connected();
    }

    @Override
    public void close() {
        socket.close();
    }
}
