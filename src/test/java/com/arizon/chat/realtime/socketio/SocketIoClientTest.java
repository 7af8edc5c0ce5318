package com.arizon.chat.realtime.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.realtime.control.OutboundEvent;
import com.arizon.chat.realtime.socketio.protocol.SocketIoPacket;
import com.arizon.chat.realtime.socketio.protocol.SocketIoPacketEncoder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SocketIoClientTest {

    private static final SocketIoSettings SETTINGS = new SocketIoSettings(Duration.ofSeconds(25),
            Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(10), 1_000_000, 100, false);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Fakes.Channel channel = new Fakes.Channel();
    private final RecordingNamespace namespace = new RecordingNamespace();
    private EngineIoSession engine;
    private SocketIoClient client;
    private int ids;

    @BeforeEach
    void open() {
        engine = new EngineIoSession("engine", new WebSocketTransport(channel), SETTINGS, scheduler,
                scheduler::nanoTime, closed -> { });
        client = new SocketIoClient(engine, Map.of("/", namespace), () -> "socket-" + ++ids, scheduler, SETTINGS);
        engine.open(client);
        channel.frames.clear();
    }

    @Test
    void connectingSendsConnectThenWhatTheNamespaceSentMeanwhile() {
        namespace.greeting = Optional.of(new OutboundEvent("hello", "{\"a\":1}"));

        client.onText("0{\"token\":\"t\"}");

        assertThat(channel.frames).containsExactly("40{\"sid\":\"socket-1\"}", "42[\"hello\",{\"a\":1}]");
        assertThat(namespace.auth).containsExactly("{\"token\":\"t\"}");
    }

    @Test
    void aRefusedConnectionGetsConnectErrorAndNothingElse() {
        namespace.greeting = Optional.of(new OutboundEvent("hello", "{}"));
        namespace.refusal = Optional.of("Invalid token");

        client.onText("0");

        assertThat(channel.frames).containsExactly("44{\"message\":\"Invalid token\"}");
    }

    @Test
    void anUnknownNamespaceIsRefused() {
        client.onText("0/admin,");

        assertThat(channel.frames).containsExactly("44/admin,{\"message\":\"Invalid namespace\"}");
        assertThat(channel.closed).isFalse();
    }

    @Test
    void eventsReachTheNamespaceAndDisconnectIsToldOnce() {
        client.onText("0");
        client.onText("2[\"x\",1]");
        client.onText("1");
        engine.close("test over");

        assertThat(namespace.calls).containsExactly("event 2[\"x\",1]", "disconnect socket-1");
    }

    @Test
    void theEngineClosingDisconnectsEverySocket() {
        client.onText("0");

        engine.close("transport close");

        assertThat(namespace.calls).containsExactly("disconnect socket-1");
    }

    @Test
    void aBinaryEventIsReassembledBeforeItReachesTheNamespace() {
        client.onText("0");
        client.onText("51-[\"x\",{\"_placeholder\":true,\"num\":0}]");
        assertThat(namespace.calls).isEmpty();

        client.onBinary(new byte[] {7});

        assertThat(namespace.calls).containsExactly("event 51-[\"x\",{\"_placeholder\":true,\"num\":0}]");
    }

    @Test
    void protocolViolationsCloseTheConnection() {
        for (String violation : List.of("abc", "2[\"before connect\"]", "4{\"message\":\"from a client\"}")) {
            open();
            client.onText(violation);
            scheduler.advance(Duration.ofMillis(200));
            assertThat(channel.closed).as(violation).isTrue();
        }
    }

    @Test
    void connectingTwiceToANamespaceClosesTheConnection() {
        client.onText("0");
        client.onText("0");

        scheduler.advance(Duration.ofMillis(200));
        assertThat(channel.closed).isTrue();
    }

    @Test
    void aClientThatConnectsToNoNamespaceInTimeIsClosed() {
        scheduler.advance(SETTINGS.connectTimeout().minusMillis(1));
        assertThat(channel.closed).isFalse();

        scheduler.advance(Duration.ofMillis(200));

        assertThat(channel.closed).isTrue();
    }

    @Test
    void aConnectedClientIsNotSubjectToTheConnectTimeout() {
        client.onText("0");
        client.onText("1");

        scheduler.advance(SETTINGS.connectTimeout());

        assertThat(channel.closed).isFalse();
    }

    private static final class RecordingNamespace implements SocketIoNamespace {

        final List<String> calls = new ArrayList<>();
        final List<String> auth = new ArrayList<>();
        Optional<OutboundEvent> greeting = Optional.empty();
        Optional<String> refusal = Optional.empty();

        @Override
        public Optional<String> connect(SocketIoConnection socket, JsonObject payload) {
            auth.add(payload.toString());
            greeting.ifPresent(socket::send);
            return refusal;
        }

        @Override
        public void onEvent(SocketIoConnection socket, SocketIoPacket event) {
            calls.add("event " + SocketIoPacketEncoder.encodeText(event));
        }

        @Override
        public void onDisconnect(SocketIoConnection socket) {
            calls.add("disconnect " + socket.id());
        }
    }
}
