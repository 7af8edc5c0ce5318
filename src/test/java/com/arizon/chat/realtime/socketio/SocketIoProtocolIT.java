package com.arizon.chat.realtime.socketio;

import static com.arizon.chat.realtime.socketio.EngineIoWire.POLLING;
import static com.arizon.chat.realtime.socketio.EngineIoWire.WEBSOCKET;
import static com.arizon.chat.realtime.socketio.EngineIoWire.json;
import static com.arizon.chat.realtime.socketio.EngineIoWire.poll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.realtime.socketio.EngineIoWire.RawSocket;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Engine.IO v4 and Socket.IO v5 on the wire, from the specifications: handshakes, errors for bad
 * requests, heartbeat, upgrade, namespaces and malformed packets. Waits derive from the intervals
 * the server announces in its handshake.
 */
class SocketIoProtocolIT {

    private final ChatServer server = ChatServer.shared();
    private final EngineIoWire wire = new EngineIoWire(server);

    // --- handshake ---

    @Test
    void pollingHandshakeOpensASessionThatMayUpgradeToWebSocket() {
        HttpResponse<String> response = wire.get(POLLING);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("0");
        JsonObject open = json(response.body().substring(1));
        assertThat(open.keySet()).containsExactlyInAnyOrder("sid", "upgrades", "pingInterval", "pingTimeout",
                "maxPayload");
        assertThat(open.getString("sid")).isNotBlank();
        assertThat(open.getJsonArray("upgrades").getString(0)).isEqualTo("websocket");
        assertThat(open.getInt("pingInterval")).isPositive();
        assertThat(open.getInt("pingTimeout")).isPositive();
        assertThat(open.getInt("maxPayload")).isEqualTo(1_000_000);
    }

    @Test
    void webSocketHandshakeOpensASessionWithNothingToUpgradeTo() {
        try (RawSocket socket = wire.webSocket(WEBSOCKET)) {
            String open = (String) socket.next();

            assertThat(open).startsWith("0");
            JsonObject data = json(open.substring(1));
            assertThat(data.getJsonArray("upgrades")).isEmpty();
            assertThat(data.getInt("maxPayload")).isEqualTo(1_000_000);
        }
    }

    @Test
    void badHandshakesGetTheReferenceServersErrors() {
        assertError(wire.get("/socket.io/?transport=polling"), 400, 5);
        assertError(wire.get("/socket.io/?EIO=3&transport=polling"), 400, 5);
        assertError(wire.get("/socket.io/?EIO=4"), 400, 0);
        assertError(wire.get("/socket.io/?EIO=4&transport=carrier-pigeon"), 400, 0);
        assertError(wire.post(POLLING, "40"), 400, 2);
        assertError(wire.send("PUT", POLLING, "x"), 400, 2);
        // a WebSocket handshake without its Upgrade header
        assertError(wire.get(WEBSOCKET), 400, 3);
    }

    @Test
    void badWebSocketHandshakesAreRefusedBeforeTheUpgrade() {
        assertThatThrownBy(() -> wire.webSocket("/socket.io/?EIO=3&transport=websocket"))
                .isInstanceOf(EngineIoWire.HandshakeRefused.class);
        assertThatThrownBy(() -> wire.webSocket("/socket.io/?EIO=4&transport=websocket&sid=no-such-session"))
                .isInstanceOf(EngineIoWire.HandshakeRefused.class);
    }

    @Test
    void requestsForAnUnknownSessionAreRefused() {
        assertError(wire.get(poll("no-such-session")), 400, 1);
        assertError(wire.post(poll("no-such-session"), "40"), 400, 1);
    }

    @Test
    void otherMethodsOnASessionAreRefusedNeverAServerError() {
        String sid = wire.pollingHandshake().getString("sid");

        assertError(wire.send("PUT", poll(sid), "40"), 400, 3);
        assertError(wire.send("DELETE", poll(sid), null), 400, 3);
    }

    // --- polling ---

    @Test
    void postedPacketsAreAnsweredInTheNextPoll() {
        String sid = wire.pollingHandshake().getString("sid");

        HttpResponse<String> posted = wire.post(poll(sid), "40");
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).isEqualTo("ok");
        assertThat(nextPollSkippingPings(sid)).startsWith("40{\"sid\":");
    }

    @Test
    void twoPollsAtOnceCloseTheSession() {
        String sid = wire.pollingHandshake().getString("sid");
        CompletableFuture<HttpResponse<String>> first = wire.sendAsync("GET", poll(sid), null);
        CompletableFuture<HttpResponse<String>> second = wire.sendAsync("GET", poll(sid), null);

        // whichever came second is refused; the one waiting is told the session closed
        HttpResponse<String> refused = first.join().statusCode() == 400 ? first.join() : second.join();
        HttpResponse<String> answered = refused == first.join() ? second.join() : first.join();
        assertError(refused, 400, 3);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).endsWith("1");
        assertError(wire.get(poll(sid)), 400, 1);
    }

    @Test
    void aPostOverMaxPayloadIsRefusedAndClosesTheSession() {
        String sid = wire.pollingHandshake().getString("sid");

        HttpResponse<String> response = wire.post(poll(sid), "4" + "x".repeat(1_000_000));

        assertThat(response.statusCode()).isEqualTo(413);
        assertError(wire.get(poll(sid)), 400, 1);
    }

    @Test
    void aMalformedPayloadIsRefusedAndClosesTheSession() {
        String sid = wire.pollingHandshake().getString("sid");

        assertError(wire.post(poll(sid), "9nonsense"), 400, 3);
        assertError(wire.get(poll(sid)), 400, 1);
    }

    @Test
    void theClientsClosePacketEndsTheSession() {
        String sid = wire.pollingHandshake().getString("sid");

        assertThat(wire.post(poll(sid), "1").statusCode()).isEqualTo(200);
        await().atMost(EngineIoWire.TIMEOUT)
                .untilAsserted(() -> assertError(wire.get(poll(sid)), 400, 1));
    }

    @Test
    void aDisallowedOriginIsRefusedAnAllowedOneGetsCorsHeaders() {
        HttpResponse<String> refused = wire.send("GET", POLLING, null, "Origin", "https://evil.example.test");
        assertError(refused, 403, 4);

        HttpResponse<String> allowed = wire.send("GET", POLLING, null, "Origin", "http://localhost:3000");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:3000");
    }

    // --- heartbeat ---

    @Test
    void theServerPingsPollingClientsAndDropsThoseThatDoNotAnswer() {
        JsonObject open = wire.pollingHandshake();
        String sid = open.getString("sid");

        assertThat(wire.get(poll(sid)).body()).isEqualTo("2");
        assertThat(wire.post(poll(sid), "3").statusCode()).isEqualTo(200);
        assertThat(wire.get(poll(sid)).body()).isEqualTo("2");

        await().atMost(heartbeat(open).plusSeconds(5))
                .untilAsserted(() -> assertError(wire.get(poll(sid)), 400, 1));
    }

    @Test
    void theServerPingsWebSocketClientsAndClosesThoseThatDoNotAnswer() {
        try (RawSocket answering = wire.webSocket(WEBSOCKET); RawSocket silent = wire.webSocket(WEBSOCKET)) {
            JsonObject open = json(((String) answering.next()).substring(1));
            answering.send("40");
            silent.next();
            int pings = 0;
            while (pings < 3) {
                if ("2".equals(answering.next())) {
                    answering.send("3");
                    pings++;
                }
            }

            silent.awaitClose(heartbeat(open).plusSeconds(5));
            assertThat(answering.isClosed()).isFalse();
        }
    }

    @Test
    void aClientThatConnectsToNoNamespaceInTimeIsClosed() {
        try (RawSocket socket = wire.webSocket(WEBSOCKET)) {
            socket.next();
            // answering pings keeps the heartbeat alive: only the connect timeout can close it
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                if ("2".equals(socket.next(Duration.ofMillis(200)))) {
                    socket.send("3");
                }
                return socket.isClosed();
            });
        }
    }

    // --- upgrade ---

    @Test
    void aPollingSessionUpgradesToWebSocket() {
        String sid = wire.pollingHandshake().getString("sid");
        assertThat(wire.post(poll(sid), "40").statusCode()).isEqualTo(200);
        assertThat(nextPollSkippingPings(sid)).startsWith("40");
        CompletableFuture<HttpResponse<String>> waiting = wire.sendAsync("GET", poll(sid), null);

        try (RawSocket socket = wire.webSocket(WEBSOCKET + "&sid=" + sid)) {
            socket.send("2probe");
            assertThat(socket.next()).isEqualTo("3probe");
            // the poll the client is waiting on is released so it can pause polling
            assertThat(waiting.join().body()).isIn("6", "2");
            socket.send("5");

            socket.send("42[\"no_such_event\",{}]");
            assertThat(socket.nextText()).startsWith("42[\"authentication_error\"");
            assertError(wire.get(poll(sid)), 400, 3);
            // a second upgrade of the same session is closed
            try (RawSocket again = wire.webSocket(WEBSOCKET + "&sid=" + sid)) {
                again.awaitClose(EngineIoWire.TIMEOUT);
            }
        }
    }

    // --- Socket.IO packets ---

    @Test
    void anUnknownNamespaceIsRefusedAndTheConnectionStays() {
        try (RawSocket socket = openedWebSocket()) {
            socket.send("40/admin,");
            assertThat(socket.nextText()).isEqualTo("44/admin,{\"message\":\"Invalid namespace\"}");

            socket.send("40");
            assertThat(socket.nextText()).startsWith("40{\"sid\":");
        }
    }

    @Test
    void disconnectingFromTheMainNamespaceKeepsTheEngineIoSession() {
        try (RawSocket socket = openedWebSocket()) {
            socket.send("40");
            assertThat(socket.nextText()).startsWith("40");
            socket.send("41");
            socket.send("40");
            assertThat(socket.nextText()).startsWith("40{\"sid\":");
        }
    }

    @Test
    void malformedPacketsCloseTheConnection() {
        for (String malformed : new String[] {"4abc", "42{}", "42abc[\"x\"]", "9", "", "40{\"unterminated\""}) {
            try (RawSocket socket = openedWebSocket()) {
                socket.send("40");
                assertThat(socket.nextText()).startsWith("40");
                socket.send(malformed);
                socket.awaitClose(EngineIoWire.TIMEOUT);
            }
        }
    }

    @Test
    void eventsBeforeConnectingToANamespaceCloseTheConnection() {
        try (RawSocket socket = openedWebSocket()) {
            socket.send("42[\"join_room\",{}]");
            socket.awaitClose(EngineIoWire.TIMEOUT);
        }
    }

    @Test
    void anAcknowledgedEventGetsItsReplyAsTheAck() {
        try (RawSocket socket = openedWebSocket()) {
            socket.send("40");
            assertThat(socket.nextText()).startsWith("40");

            socket.send("4217[\"join_room\",{\"roomId\":\"r\"}]");

            assertThat(socket.nextText()).startsWith("42[\"authentication_error\",{\"message\":");
            assertThat(socket.nextText()).startsWith("4317[{\"message\":");
        }
    }

    @Test
    void aBinaryChatEventGetsAnErrorAndTheConnectionStays() {
        try (RawSocket socket = openedWebSocket()) {
            socket.send("40");
            assertThat(socket.nextText()).startsWith("40");

            socket.send("451-3[\"send_message\",{\"_placeholder\":true,\"num\":0}]");
            socket.sendBinary(new byte[] {1, 2, 3});

            assertThat(socket.nextText()).startsWith("42[\"error\",{\"code\":\"VALIDATION_ERROR\"");
            assertThat(socket.nextText()).startsWith("433[{\"code\":\"VALIDATION_ERROR\"");
            socket.send("42[\"no_such_event\",{}]");
            assertThat(socket.nextText()).startsWith("42[\"authentication_error\"");
        }
    }

    @Test
    void aBadTokenAtConnectIsAConnectError() {
        try (RawSocket socket = openedWebSocket()) {
            socket.send("40{\"token\":\"not-a-jwt\"}");

            assertThat(socket.nextText()).startsWith("44{\"message\":");
        }
    }

    private RawSocket openedWebSocket() {
        RawSocket socket = wire.webSocket(WEBSOCKET);
        assertThat((String) socket.next()).startsWith("0{");
        return socket;
    }

    /** The next poll's answer without the server's pings (which are answered). */
    private String nextPollSkippingPings(String sid) {
        while (true) {
            String body = wire.get(poll(sid)).body();
            if (!"2".equals(body)) {
                return body.replace("\u001e2", "").replace("2\u001e", "");
            }
            wire.post(poll(sid), "3");
        }
    }

    private static Duration heartbeat(JsonObject open) {
        return Duration.ofMillis(open.getInt("pingInterval") + open.getInt("pingTimeout"));
    }

    private static void assertError(HttpResponse<String> response, int status, int code) {
        assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(status);
        JsonObject body = json(response.body());
        assertThat(body.getInt("code")).as("%s", response.body()).isEqualTo(code);
        assertThat(body.getString("message")).isNotBlank();
    }
}
