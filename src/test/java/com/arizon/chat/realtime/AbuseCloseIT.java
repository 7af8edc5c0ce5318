package com.arizon.chat.realtime;

import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.JsonValues;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.realtime.socketio.RawSocketIoClient;
import com.arizon.chat.realtime.socketio.SocketIoPackets;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * A connection closed for rate abuse (ten times the send limit for ten seconds) commits nothing
 * after the server decided to close it: only the send it was already committing may still be
 * stored, its {@code message_sent} lost with the connection. A client that reconnects and retries
 * with the same {@code clientMessageId} gets each committed message back as it was stored, never a
 * second copy. On both transports; about 12 s of flooding each.
 */
class AbuseCloseIT {

    private static final Duration FLOOD_LIMIT = Duration.ofSeconds(30);
    /** Four sends every 10 ms: well over the abusive 100 a second even on a busy machine. */
    private static final int SENDS_PER_TICK = 4;
    private static final long TICK_MILLIS = 10;
    /** Acknowledged messages retried as well, within the send burst of 20. */
    private static final int ACKNOWLEDGED_RETRIES = 10;

    @Test
    void aNativeConnectionClosedForAbuseCommitsAtMostItsSendInProgress() throws InterruptedException {
        floodRetryAndCheck(NativeClient::signedIn);
    }

    @Test
    void aSocketIoConnectionClosedForAbuseCommitsAtMostItsSendInProgress() throws InterruptedException {
        floodRetryAndCheck(SocketIoClient::signedIn);
    }

    private static void floodRetryAndCheck(BiFunction<ChatServer, TestUser, Client> connect)
            throws InterruptedException {
        TestUser alice = user();
        String roomId = RealtimeFixtures.publicRoom(alice);
        String prefix = "abuse-" + System.nanoTime() + "-";

        List<String> sent = new ArrayList<>();
        Map<String, String> acknowledged;
        try (Client flooder = connect.apply(server(), alice)) {
            long deadline = System.nanoTime() + FLOOD_LIMIT.toNanos();
            while (!flooder.isClosed() && System.nanoTime() < deadline) {
                for (int i = 0; i < SENDS_PER_TICK && !flooder.isClosed(); i++) {
                    String clientMessageId = prefix + sent.size();
                    if (flooder.emit("send_message", send(roomId, clientMessageId))) {
                        sent.add(clientMessageId);
                    }
                }
                Thread.sleep(TICK_MILLIS);
            }
            await().atMost(ChatSocket.TIMEOUT).until(flooder::isClosed);
            acknowledged = flooder.messagesSent();
        }

        Map<String, String> committed = committed(alice, roomId, prefix);
        assertThat(committed).as("every acknowledged send is stored as acknowledged").containsAllEntriesOf(acknowledged);
        Map<String, String> unacknowledged = new HashMap<>(committed);
        unacknowledged.keySet().removeAll(acknowledged.keySet());
        assertThat(unacknowledged)
                .as("stored without message_sent: at most the send in progress when the server decided to close; "
                        + "%d sent, %d acknowledged", sent.size(), acknowledged.size())
                .hasSizeLessThanOrEqualTo(1);

        List<String> retried = new ArrayList<>(unacknowledged.keySet());
        acknowledged.keySet().stream().sorted().limit(ACKNOWLEDGED_RETRIES).forEach(retried::add);
        String neverStored = sent.get(sent.size() - 1);
        assertThat(committed).doesNotContainKey(neverStored);
        try (Client retrying = connect.apply(server(), alice)) {
            for (String clientMessageId : retried) {
                retrying.emit("send_message", send(roomId, clientMessageId));
            }
            retrying.emit("send_message", send(roomId, neverStored));
            await().atMost(ChatSocket.TIMEOUT)
                    .until(() -> retrying.messagesSent().size() == retried.size() + 1);
            Map<String, String> answers = retrying.messagesSent();
            for (String clientMessageId : retried) {
                assertThat(answers.get(clientMessageId)).as("the retry of %s is answered with the original",
                        clientMessageId).isEqualTo(committed.get(clientMessageId));
            }
            assertThat(answers.get(neverStored)).isNotNull().isNotIn(committed.values());
        }
        Map<String, String> after = committed(alice, roomId, prefix);
        assertThat(after).as("one message per clientMessageId").hasSize(committed.size() + 1);
    }

    private static Map<String, Object> send(String roomId, String clientMessageId) {
        return Map.of("roomId", roomId, "content", "flood " + clientMessageId, "type", "TEXT",
                "clientMessageId", clientMessageId);
    }

    /** clientMessageId to message id of the room's stored messages from this test, failing on a duplicate. */
    private static Map<String, String> committed(TestUser user, String roomId, String prefix) {
        Map<String, String> stored = new LinkedHashMap<>();
        for (int page = 1; ; page++) {
            ApiResponse history = RealtimeFixtures.api(user)
                    .get("/api/chat/rooms/" + roomId + "/messages?limit=100&page=" + page);
            assertThat(history.status()).as("%s", history).isEqualTo(200);
            List<JsonObject> messages = history.data().getJsonArray("messages").getValuesAs(JsonObject.class);
            for (JsonObject message : messages) {
                String clientMessageId = message.getString("clientMessageId", "");
                if (clientMessageId.startsWith(prefix)) {
                    assertThat(stored.put(clientMessageId, message.getString("id")))
                            .as("a second message with clientMessageId %s", clientMessageId).isNull();
                }
            }
            if (messages.size() < 100) {
                return stored;
            }
        }
    }

    /** One signed-in connection, whatever its transport. */
    private interface Client extends AutoCloseable {

        /** Sends an event; false if the connection had closed meanwhile. */
        boolean emit(String event, Map<String, Object> data);

        boolean isClosed();

        /** clientMessageId to message id of every {@code message_sent} received so far. */
        Map<String, String> messagesSent();

        @Override
        void close();
    }

    private static Map<String, String> byClientMessageId(List<JsonObject> messageSent) {
        Map<String, String> ids = new HashMap<>();
        for (JsonObject data : messageSent) {
            JsonObject message = data.getJsonObject("message");
            ids.put(message.getString("clientMessageId"), message.getString("id"));
        }
        return ids;
    }

    private record NativeClient(ChatSocket socket) implements Client {

        static Client signedIn(ChatServer server, TestUser user) {
            return new NativeClient(ChatSocket.signedIn(server, user));
        }

        @Override
        public boolean emit(String event, Map<String, Object> data) {
            try {
                socket.emit(event, data);
                return true;
            } catch (RuntimeException closedMeanwhile) {
                return false;
            }
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }

        @Override
        public Map<String, String> messagesSent() {
            return byClientMessageId(socket.events("message_sent"));
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    /** Socket.IO over WebSocket; reads (and answers pings) whenever asked anything. */
    private static final class SocketIoClient implements Client {

        private final RawSocketIoClient client;
        private final List<JsonObject> messageSent = new ArrayList<>();

        private SocketIoClient(RawSocketIoClient client) {
            this.client = client;
        }

        static Client signedIn(ChatServer server, TestUser user) {
            RawSocketIoClient client = RawSocketIoClient.connect(server, user);
            client.awaitEvent("authenticated", user.id());
            return new SocketIoClient(client);
        }

        @Override
        public boolean emit(String event, Map<String, Object> data) {
            read();
            try {
                client.emit(event, data);
                return true;
            } catch (RuntimeException closedMeanwhile) {
                return false;
            }
        }

        @Override
        public boolean isClosed() {
            read();
            return client.isClosed();
        }

        @Override
        public Map<String, String> messagesSent() {
            read();
            return byClientMessageId(messageSent);
        }

        private void read() {
            for (String frame : client.receive()) {
                if (SocketIoPackets.isEvent(frame, "message_sent")) {
                    try (JsonReader reader = JsonValues.JSON.createReader(
                            new StringReader(frame.substring(frame.indexOf('['))))) {
                        JsonArray event = reader.readArray();
                        messageSent.add(event.getJsonObject(1));
                    }
                }
            }
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
