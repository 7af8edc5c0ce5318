package com.arizon.chat.realtime.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.realtime.control.CloseCause;
import com.arizon.chat.realtime.control.Connection;
import com.arizon.chat.realtime.control.OutboundEvent;
import com.arizon.chat.realtime.control.RealtimeGateway;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat namespace only frames: what the gateway decides goes out as Socket.IO packets. */
class ChatNamespaceTest {

    private static final SocketIoSettings SETTINGS = new SocketIoSettings(Duration.ofSeconds(25),
            Duration.ofSeconds(20), Duration.ofSeconds(45), Duration.ofSeconds(10), 1_000_000, 100, false);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Fakes.Channel channel = new Fakes.Channel();
    private final FakeGateway gateway = new FakeGateway();
    private SocketIoClient client;

    @BeforeEach
    void open() {
        EngineIoSession engine = new EngineIoSession("engine", new WebSocketTransport(channel), SETTINGS, scheduler,
                scheduler::nanoTime, closed -> { });
        client = new SocketIoClient(engine, Map.of("/", new ChatNamespace(gateway)), () -> "s1", scheduler, SETTINGS);
        engine.open(client);
        channel.frames.clear();
    }

    @Test
    void theAuthTokenIsHandedToTheGatewayAndItsReplyFollowsTheConnect() {
        gateway.openOutcome = RealtimeGateway.OpenOutcome.authenticated(new OutboundEvent("authenticated",
                "{\"userId\":\"u1\"}"));

        client.onText("0{\"token\":\"good\"}");

        assertThat(gateway.calls).containsExactly("open s1 Optional[good]");
        assertThat(channel.frames).containsExactly("40{\"sid\":\"s1\"}", "42[\"authenticated\",{\"userId\":\"u1\"}]");
    }

    @Test
    void aRefusedTokenIsAConnectErrorWithTheGatewaysMessageAndTheConnectionIsForgotten() {
        gateway.openOutcome = RealtimeGateway.OpenOutcome.refused(new OutboundEvent("authentication_error",
                "{\"message\":\"Invalid token\"}"));

        client.onText("0{\"token\":\"bad\"}");

        assertThat(channel.frames).containsExactly("44{\"message\":\"Invalid token\"}");
        assertThat(gateway.calls).containsExactly("open s1 Optional[bad]", "closed s1");
    }

    @Test
    void withoutATokenTheConnectionAwaitsAuthentication() {
        client.onText("0");

        assertThat(gateway.calls).containsExactly("open s1 Optional.empty");
        assertThat(channel.frames).containsExactly("40{\"sid\":\"s1\"}");
    }

    @Test
    void anEventsReplyIsEmittedAndIsAlsoItsAcknowledgement() {
        client.onText("0");
        gateway.reply = Optional.of(new OutboundEvent("room_joined", "{\"roomId\":\"r\"}"));

        client.onText("27[\"join_room\",{\"roomId\":\"r\"},\"ignored\"]");

        assertThat(gateway.calls).endsWith("receive join_room {\"roomId\":\"r\"}");
        assertThat(channel.frames).endsWith("42[\"room_joined\",{\"roomId\":\"r\"}]", "437[{\"roomId\":\"r\"}]");
    }

    @Test
    void anEventWithoutReplyIsAcknowledgedEmpty() {
        client.onText("0");

        client.onText("28[\"typing_start\"]");

        assertThat(gateway.calls).endsWith("receive typing_start null");
        assertThat(channel.frames).endsWith("438[]");
    }

    @Test
    void aBinaryEventIsMalformedForTheChat() {
        client.onText("0");
        gateway.reply = Optional.of(new OutboundEvent("error", "{\"code\":\"VALIDATION_ERROR\"}"));

        client.onText("51-[\"send_message\",{\"_placeholder\":true,\"num\":0}]");
        client.onBinary(new byte[] {1});

        assertThat(gateway.calls).endsWith("malformed " + ChatNamespace.BINARY_REFUSED);
        assertThat(channel.frames).endsWith("42[\"error\",{\"code\":\"VALIDATION_ERROR\"}]");
    }

    @Test
    void theGatewaysCloseForAbuseDisconnectsTheSocketBeforeTheConnectionCloses() {
        client.onText("0");

        gateway.connection.close(CloseCause.POLICY_VIOLATION, "Event rate abuse");

        assertThat(channel.frames).endsWith("41", "1");
        assertThat(channel.closed).isTrue();
        assertThat(gateway.calls).endsWith("closed s1");
    }

    private static final class FakeGateway implements RealtimeGateway {

        final List<String> calls = new ArrayList<>();
        OpenOutcome openOutcome = OpenOutcome.awaitingAuthentication();
        Optional<OutboundEvent> reply = Optional.empty();
        Connection connection;

        @Override
        public OpenOutcome open(Connection opened, Optional<String> handshakeToken) {
            connection = opened;
            calls.add("open " + opened.id() + " " + handshakeToken);
            return openOutcome;
        }

        @Override
        public void receive(Connection from, String event, JsonValue data, Replies replies) {
            calls.add("receive " + event + " " + data);
            replies.reply(reply);
        }

        @Override
        public void malformed(Connection from, String problem, Replies replies) {
            calls.add("malformed " + problem);
            replies.reply(reply);
        }

        @Override
        public void closed(Connection gone) {
            calls.add("closed " + gone.id());
        }
    }

}
