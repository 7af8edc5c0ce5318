package com.arizon.chat.realtime.socketio;

import static com.arizon.chat.realtime.socketio.Fakes.packet;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EngineIoSessionTest {

    private static final Duration PING_INTERVAL = Duration.ofSeconds(25);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(20);
    private static final SocketIoSettings SETTINGS = new SocketIoSettings(PING_INTERVAL, PING_TIMEOUT,
            Duration.ofSeconds(45), Duration.ofSeconds(10), 1_000_000, 5, false);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final Fakes.Listener listener = new Fakes.Listener();
    private final List<EngineIoSession> closed = new ArrayList<>();
    private PollingTransport polling;
    private EngineIoSession session;

    @BeforeEach
    void openPollingSession() {
        polling = new PollingTransport();
        session = new EngineIoSession("sid-1", polling, SETTINGS, scheduler, scheduler::nanoTime, closed::add);
        session.open(listener);
    }

    @Test
    void theFirstPollGetsTheOpenPacket() {
        Fakes.Poll poll = poll();

        assertThat(poll.payload).isEqualTo("0{\"sid\":\"sid-1\",\"upgrades\":[\"websocket\"],\"pingInterval\":25000,"
                + "\"pingTimeout\":20000,\"maxPayload\":1000000}");
    }

    @Test
    void aWaitingPollIsAnsweredWhenPacketsCome() {
        poll();
        Fakes.Poll waiting = poll();
        assertThat(waiting.answered()).isFalse();

        session.send(List.of(EngineIoPacket.message("2[\"a\"]"), EngineIoPacket.message("2[\"b\"]")));

        assertThat(waiting.payload).isEqualTo("42[\"a\"]\u001e42[\"b\"]");
    }

    @Test
    void theServerPingsAndTheClientsPongKeepsTheSession() {
        poll();
        scheduler.advance(PING_INTERVAL);
        assertThat(poll().payload).isEqualTo("2");

        session.receivePosted(List.of(packet("3")));
        scheduler.advance(PING_TIMEOUT.plusSeconds(1));

        assertThat(closed).isEmpty();
        scheduler.advance(PING_INTERVAL.minus(PING_TIMEOUT).minusSeconds(1));
        assertThat(poll().payload).isEqualTo("2");
    }

    @Test
    void aMissingPongClosesTheSession() {
        poll();
        scheduler.advance(PING_INTERVAL);
        Fakes.Poll waiting = poll();
        Fakes.Poll next = poll();

        scheduler.advance(PING_TIMEOUT);

        assertThat(waiting.payload).isEqualTo("2");
        assertThat(next.payload).isEqualTo("1");
        assertThat(closed).containsExactly(session);
        assertThat(listener.closeReason).isEqualTo("ping timeout");
        assertThat(session.poll(new Fakes.Poll())).contains(EngineIoError.UNKNOWN_SID);
    }

    @Test
    void aClientThatLagsBeyondTheBufferIsDropped() {
        poll();
        List<EngineIoPacket> six = List.of(message(), message(), message(), message(), message(), message());

        assertThat(session.send(six)).isFalse();

        assertThat(listener.closeReason).isEqualTo("slow consumer");
    }

    @Test
    void aGracefulCloseSendsWhatIsQueuedThenTheClosePacket() {
        poll();
        session.send(List.of(EngineIoPacket.message("1")));

        session.closeGracefully("server disconnect");
        assertThat(session.send(List.of(message()))).isFalse();

        assertThat(poll().payload).isEqualTo("41\u001e1");
        assertThat(listener.closeReason).isEqualTo("server disconnect");
    }

    @Test
    void theClientsCloseAnswersItsWaitingPollWithANoop() {
        poll();
        Fakes.Poll waiting = poll();

        session.receivePosted(List.of(packet("1")));

        assertThat(waiting.payload).isEqualTo("6");
        assertThat(closed).containsExactly(session);
    }

    @Test
    void theClientsCloseWaitsAMomentForThePollSentWithIt() {
        poll();
        session.receivePosted(List.of(packet("1")));
        assertThat(closed).isEmpty();

        assertThat(poll().payload).isEqualTo("6");
        assertThat(closed).containsExactly(session);
    }

    @Test
    void twoPollsAtOnceCloseTheSession() {
        poll();
        Fakes.Poll waiting = poll();

        assertThat(session.poll(new Fakes.Poll())).contains(EngineIoError.BAD_REQUEST);

        assertThat(waiting.payload).isEqualTo("1");
        assertThat(closed).containsExactly(session);
    }

    @Test
    void twoPostsAtOnceCloseTheSession() {
        assertThat(session.beginPost()).isEmpty();

        assertThat(session.beginPost()).contains(EngineIoError.BAD_REQUEST);
        assertThat(closed).containsExactly(session);
    }

    @Test
    void messagesAndHeartbeatsGoWhereTheyBelong() {
        session.receivePosted(List.of(packet("40"), packet("6"), packet("42[\"x\"]")));

        assertThat(listener.texts).containsExactly("0", "2[\"x\"]");
    }

    @Test
    void aPingFromTheClientBreaksTheProtocol() {
        session.receivePosted(List.of(packet("2")));

        assertThat(listener.closeReason).isEqualTo("invalid heartbeat direction");
    }

    @Test
    void anUpgradeMovesTheSessionToTheWebSocket() {
        poll();
        Fakes.Poll paused = poll();
        Fakes.Channel channel = new Fakes.Channel();
        WebSocketTransport webSocket = new WebSocketTransport(channel);
        assertThat(session.beginUpgrade(webSocket)).isTrue();

        session.receive(webSocket, packet("2probe"));
        assertThat(channel.frames).containsExactly("3probe");
        assertThat(paused.payload).isEqualTo("6");

        session.receive(webSocket, packet("5"));
        session.send(List.of(EngineIoPacket.message("2[\"over ws\"]")));

        assertThat(channel.frames).containsExactly("3probe", "42[\"over ws\"]");
        assertThat(session.poll(new Fakes.Poll())).contains(EngineIoError.BAD_REQUEST);
        assertThat(session.beginUpgrade(new WebSocketTransport(new Fakes.Channel()))).isFalse();
    }

    @Test
    void aGetThatCameAfterTheUpgradePacketIsRefused() {
        poll();
        WebSocketTransport webSocket = new WebSocketTransport(new Fakes.Channel());
        session.beginUpgrade(webSocket);
        session.receive(webSocket, packet("2probe"));
        Fakes.Poll late = poll();

        session.receive(webSocket, packet("5"));

        assertThat(late.refusal).isEqualTo(EngineIoError.BAD_REQUEST);
    }

    @Test
    void aGetThatCameBeforeTheProbeWasAnsweredIsReleasedSoTheClientCanUpgrade() {
        poll();
        WebSocketTransport webSocket = new WebSocketTransport(new Fakes.Channel());
        session.beginUpgrade(webSocket);
        session.receive(webSocket, packet("2probe"));
        Fakes.Poll inFlight = poll();

        scheduler.advance(Duration.ofMillis(100));

        assertThat(inFlight.payload).isEqualTo("6");
    }

    @Test
    void anUpgradeThatIsNotCompletedInTimeIsAbandoned() {
        poll();
        Fakes.Channel channel = new Fakes.Channel();
        session.beginUpgrade(new WebSocketTransport(channel));

        scheduler.advance(SETTINGS.upgradeTimeout());

        assertThat(channel.closed).isTrue();
        assertThat(closed).isEmpty();
        assertThat(poll().answered()).isFalse();
    }

    @Test
    void anOversizedFrameClosesTheWebSocketWith1009AndEndsTheSession() {
        Fakes.Channel channel = new Fakes.Channel();
        WebSocketTransport webSocket = new WebSocketTransport(channel);
        EngineIoSession webSocketSession = new EngineIoSession("sid-2", webSocket, SETTINGS, scheduler,
                scheduler::nanoTime, closed::add);
        webSocketSession.open(listener);

        webSocketSession.receiveOversized(webSocket);
        webSocketSession.receive(webSocket, packet("42[\"after\"]"));

        assertThat(channel.closeStatus).isEqualTo(Fakes.Channel.TOO_BIG);
        assertThat(closed).containsExactly(webSocketSession);
        assertThat(listener.closeReason).isEqualTo("payload too large");
        assertThat(listener.texts).isEmpty();
    }

    @Test
    void anOversizedFrameOnAnUpgradeProbeAbandonsOnlyTheUpgrade() {
        poll();
        Fakes.Channel channel = new Fakes.Channel();
        WebSocketTransport webSocket = new WebSocketTransport(channel);
        session.beginUpgrade(webSocket);

        session.receiveOversized(webSocket);

        assertThat(channel.closeStatus).isEqualTo(Fakes.Channel.TOO_BIG);
        assertThat(closed).isEmpty();
        session.receivePosted(List.of(packet("42[\"still polling\"]")));
        assertThat(listener.texts).containsExactly("2[\"still polling\"]");
        assertThat(session.beginUpgrade(new WebSocketTransport(new Fakes.Channel()))).isTrue();
    }

    @Test
    void aSessionOpenedOnAWebSocketHasNothingToUpgradeTo() {
        Fakes.Channel channel = new Fakes.Channel();
        EngineIoSession webSocketSession = new EngineIoSession("sid-2", new WebSocketTransport(channel), SETTINGS,
                scheduler, scheduler::nanoTime, closed::add);

        webSocketSession.open(listener);

        assertThat(channel.frames.get(0)).startsWith("0{\"sid\":\"sid-2\",\"upgrades\":[]");
    }

    private Fakes.Poll poll() {
        Fakes.Poll poll = new Fakes.Poll();
        assertThat(session.poll(poll)).isEmpty();
        return poll;
    }

    private static EngineIoPacket message() {
        return EngineIoPacket.message("2[\"x\"]");
    }
}
