package com.arizon.chat.realtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.platform.metrics.ChatMetrics;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.UserProfile;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's queueing: rate limits applied as frames arrive, events handled in order on the
 * connection's lane (run here by hand), the lane's bound, and closing while events wait.
 */
class ChatGatewayTest {

    private static final int LANE_CAPACITY = 30;
    private static final JsonValue ROOM = Json.createObjectBuilder().add("roomId", "r1").add("content", "hi").build();

    private final ManualExecutor lanes = new ManualExecutor();
    private final AtomicLong clock = new AtomicLong(1_000_000_000_000L);
    private final List<String> handled = new ArrayList<>();
    private final List<String> replies = new ArrayList<>();
    private final FakeConnection connection = new FakeConnection("c1");
    private final ChatGateway gateway = new ChatGateway();
    private final RecordingCommands commands = new RecordingCommands(handled);
    private final RecordingMetrics metrics = new RecordingMetrics();
    private Duration roomPushesBehind = Duration.ZERO;

    @BeforeEach
    void wireTheGateway() {
        gateway.settings = settings();
        gateway.registry = new ConnectionRegistry();
        gateway.cluster = new ClusterPresence();
        gateway.nanoClock = clock::get;
        gateway.workers = new RealtimeWorkers() {
            @Override
            public SerialLane connectionLane() {
                return new SerialLane(lanes, LANE_CAPACITY);
            }

            @Override
            public Duration pushesBehind(String roomId) {
                return roomId.equals("r1") ? roomPushesBehind : Duration.ZERO;
            }
        };
        gateway.signIn = new SignedInAs("user-1", gateway.registry);
        gateway.commands = commands;
        gateway.metrics = metrics;
        gateway.presence = new RoomPresence() {
            @Override
            public void leaveAll(LiveConnection live, Collection<String> roomIds) {
                handled.add("left all");
            }
        };
        assertThat(gateway.open(connection, Optional.of("token")).accepted()).isTrue();
    }

    @Test
    void aBurstWrittenAtOnceIsLimitedOnArrivalBeforeAnythingIsHandled() {
        for (int i = 0; i < 100; i++) {
            receive("send_message");
        }

        assertThat(handled).as("nothing handled yet").isEmpty();
        assertThat(replies).as("refused at once: all past the burst of 20").hasSize(80)
                .allMatch(reply -> reply.contains("RATE_LIMITED"));

        lanes.runAll();
        assertThat(handled).hasSize(20).containsOnly("send_message");
        assertThat(connection.closes).isEmpty();
        assertThat(metrics.rateLimited).as("counted by the limit that refused them: 50 events a second, 20 sends")
                .hasSize(80)
                .containsOnly(ChatMetrics.Limit.SEND_MESSAGE, ChatMetrics.Limit.EVENTS)
                .filteredOn(limit -> limit == ChatMetrics.Limit.SEND_MESSAGE).hasSize(30);
    }

    @Test
    void theBucketRefillsWithTheClockNotWithTheServersPace() {
        for (int i = 0; i < 20; i++) {
            receive("send_message");
        }
        lanes.runAll();
        receive("send_message");
        assertThat(replies).last().asString().contains("RATE_LIMITED");

        clock.addAndGet(1_000_000_000L);
        replies.clear();
        for (int i = 0; i < 10; i++) {
            receive("send_message");
        }

        assertThat(replies).isEmpty();
    }

    @Test
    void tenTimesALimitForTenSecondsClosesTheConnection() {
        for (int second = 0; second < 10 && connection.closes.isEmpty(); second++) {
            for (int i = 0; i < 100 && connection.closes.isEmpty(); i++) {
                receive("typing_start");
                clock.addAndGet(10_000_000L);
            }
            lanes.runAll();
        }

        assertThat(connection.closes).containsExactly(CloseCause.ABUSE);
        assertThat(connection.sent).last().asString().contains("RATE_LIMITED").contains("closing");
    }

    @Test
    void eventsAreHandledInTheOrderTheyArrived() {
        receive("join_room");
        receive("send_message");
        receive("mark_read");
        receive("typing_start");
        receive("leave_room");

        lanes.runAll();

        assertThat(handled).containsExactly("join_room", "send_message", "mark_read", "typing_start", "leave_room");
        assertThat(replies).containsExactly("room_joined", "message_sent", "messages_read", "room_left");
    }

    @Test
    void aConnectionThatFloodsItsLaneIsClosedInsteadOfBuffered() {
        for (int i = 0; i < LANE_CAPACITY; i++) {
            receive("typing_start");
            clock.addAndGet(200_000_000L); // within the typing limit of 5 a second
        }
        assertThat(connection.closes).isEmpty();

        receive("typing_start");

        assertThat(connection.closes).containsExactly(CloseCause.ABUSE);
        assertThat(connection.sent).last().asString().contains("RATE_LIMITED");
    }

    @Test
    void closedForRateAbuseOnlyTheSendInProgressCommitsAndNothingWaitingOrLaterIsHandled() {
        gateway.settings.abuseSeconds = 1;
        FakeConnection abuser = new FakeConnection("c2");
        gateway.open(abuser, Optional.of("token"));
        commands.holdSends = true;
        receive(abuser, "send_message");
        lanes.runAll(); // handed to the send turn, its commit pending
        receive(abuser, "send_message");
        receive(abuser, "send_message");

        for (int i = 0; i < 50 && abuser.closes.isEmpty(); i++) {
            receive(abuser, "typing_start"); // ten times the typing limit within one second
        }
        assertThat(abuser.closes).containsExactly(CloseCause.ABUSE);
        receive(abuser, "send_message");

        commands.holdSends = false;
        commands.heldSends.forEach(Runnable::run);
        lanes.runAll();
        assertThat(handled).as("the send in progress only; the waiting sends and typing and the late send not")
                .containsExactly("send_message");
        assertThat(replies).as("the committed send is still answered, if the connection can take it")
                .contains("message_sent");
        assertThat(abuser.sent).last().asString().contains("RATE_LIMITED").contains("closing");

        gateway.closed(abuser);
        lanes.runAll();
        assertThat(handled).last().isEqualTo("left all");
        assertThat(metrics.closed).containsExactly(ChatMetrics.ClosedBy.ABUSE);
    }

    @Test
    void closedForFloodingItsLaneTheEventsWaitingOnItAreDropped() {
        commands.holdSends = true;
        receive("send_message");
        lanes.runAll();
        for (int i = 0; i <= LANE_CAPACITY; i++) {
            receive("mark_read");
            clock.addAndGet(100_000_000L); // within the limit of 50 events a second
        }
        assertThat(connection.closes).containsExactly(CloseCause.ABUSE);

        commands.holdSends = false;
        commands.heldSends.forEach(Runnable::run);
        lanes.runAll();

        assertThat(handled).containsExactly("send_message");
        assertThat(replies).containsExactly("message_sent");
    }

    @Test
    void closingWhileEventsWaitHandlesThemFirstThenLeavesTheRooms() {
        receive("send_message");
        receive("send_message");

        gateway.closed(connection);
        receive("send_message");

        lanes.runAll();
        assertThat(handled).containsExactly("send_message", "send_message", "left all");
        assertThat(gateway.registry.find("c1")).isEmpty();
        assertThat(connection.closes).as("an event after the close is dropped quietly").isEmpty();
    }

    @Test
    void closingTwiceLeavesOnce() {
        gateway.closed(connection);
        gateway.closed(connection);

        lanes.runAll();

        assertThat(handled).containsExactly("left all");
        assertThat(metrics.closed).as("counted once, as the client's").containsExactly(ChatMetrics.ClosedBy.CLIENT);
    }

    @Test
    void aSendNotYetCommittedHoldsBackTheNextEventButNoThread() {
        commands.holdSends = true;
        receive("send_message");
        receive("mark_read");

        lanes.runAll();
        assertThat(handled).as("mark_read waits for the send's commit").containsExactly("send_message");
        assertThat(lanes.isIdle()).as("no thread is kept waiting").isTrue();

        commands.heldSends.forEach(Runnable::run);
        lanes.runAll();
        assertThat(handled).containsExactly("send_message", "mark_read");
        assertThat(replies).containsExactly("message_sent", "messages_read");
    }

    @Test
    void repliesGoOutWhileTheNextEventIsStillWaiting() {
        receive("send_message");
        receive("send_message");

        lanes.runNext(); // one batch runs both; the replies are in the order of the events

        assertThat(replies).containsExactly("message_sent", "message_sent");
    }

    @Test
    void aSendThatWaitedPastTheBusyLimitIsRefusedAndTheNextIsHandled() {
        receive("send_message");
        clock.addAndGet(1_500_000_000L); // the event threads were busy for 1.5 s
        lanes.runAll();

        assertThat(handled).isEmpty();
        assertThat(replies).singleElement().asString().contains("RATE_LIMITED").contains("busy");
        assertThat(metrics.rateLimited).containsExactly(ChatMetrics.Limit.SERVER_BUSY);

        receive("send_message");
        lanes.runAll();
        assertThat(handled).containsExactly("send_message");
    }

    @Test
    void aSendIntoARoomWhosePushesAreBehindIsRefusedUntilTheyCatchUp() {
        roomPushesBehind = Duration.ofSeconds(2);
        receive("send_message");
        lanes.runAll();

        assertThat(handled).isEmpty();
        assertThat(replies).singleElement().asString().contains("RATE_LIMITED");

        roomPushesBehind = Duration.ZERO;
        receive("send_message");
        lanes.runAll();
        assertThat(handled).containsExactly("send_message");
    }

    @Test
    void otherEventsAreHandledHoweverLongTheyWaited() {
        receive("mark_read");
        clock.addAndGet(5_000_000_000L);
        lanes.runAll();

        assertThat(handled).containsExactly("mark_read");
    }

    private void receive(String event) {
        receive(connection, event);
    }

    private void receive(Connection on, String event) {
        gateway.receive(on, event, ROOM, reply -> reply.ifPresent(sent -> replies.add(
                sent.name().equals("error") ? sent.dataJson() : sent.name())));
    }

    private static RealtimeSettings settings() {
        RealtimeSettings settings = new RealtimeSettings();
        settings.eventsPerSecond = 50;
        settings.sendMessagePerSecond = 10;
        settings.sendMessageBurst = 20;
        settings.typingPerSecond = 5;
        settings.abuseFactor = 10;
        settings.abuseSeconds = 10;
        settings.maxConnectionsPerUser = 20;
        settings.busyAfter = Duration.ofSeconds(1);
        return settings;
    }

    /** Signs every connection in as one user, without a token service. */
    private static final class SignedInAs extends SignIn {

        private final UserProfile profile;

        SignedInAs(String userId, ConnectionRegistry registry) {
            this.registry = registry;
            this.profile = new UserProfile(userId, "alice", "alice@example.test", "Alice", "Liddell", null, Set.of());
        }

        @Override
        public Result signIn(LiveConnection live, String token) {
            registry.signIn(live, profile.id(), 20);
            live.signedIn(profile, new Caller(profile.id(), profile.username(), profile.email(), Set.of(), Set.of(),
                    null));
            return Result.signedIn(profile.id());
        }

        @Override
        public Caller currentCaller(LiveConnection live) {
            return live.caller();
        }
    }

    /** Records which command ran and answers with its reply's name only. */
    private static final class RecordingCommands extends ChatCommands {

        private final List<String> handled;
        private final List<Runnable> heldSends = new ArrayList<>();
        private boolean holdSends;

        RecordingCommands(List<String> handled) {
            this.handled = handled;
        }

        @Override
        public OutboundEvent joinRoom(LiveConnection live, Caller caller, JsonValue data) {
            return reply("join_room", "room_joined");
        }

        @Override
        public OutboundEvent leaveRoom(LiveConnection live, JsonValue data) {
            return reply("leave_room", "room_left");
        }

        @Override
        public CompletionStage<OutboundEvent> sendMessage(LiveConnection live, Caller caller, JsonValue data,
                long arrivedNanos) {
            OutboundEvent reply = reply("send_message", "message_sent");
            CompletableFuture<OutboundEvent> committed = new CompletableFuture<>();
            if (holdSends) {
                heldSends.add(() -> committed.complete(reply));
            } else {
                committed.complete(reply);
            }
            return committed;
        }

        @Override
        public Optional<OutboundEvent> typing(LiveConnection live, JsonValue data, boolean started) {
            handled.add(started ? "typing_start" : "typing_stop");
            return Optional.empty();
        }

        @Override
        public OutboundEvent markRead(Caller caller, JsonValue data) {
            return reply("mark_read", "messages_read");
        }

        private OutboundEvent reply(String event, String replyName) {
            handled.add(event);
            return new OutboundEvent(replyName, "{}");
        }
    }

    /** Records what the gateway counts instead of registering metrics. */
    private static final class RecordingMetrics extends ChatMetrics {

        final List<ChatMetrics.Limit> rateLimited = new ArrayList<>();
        final List<ChatMetrics.ClosedBy> closed = new ArrayList<>();

        @Override
        public void rateLimited(ChatMetrics.Limit limit) {
            rateLimited.add(limit);
        }

        @Override
        public void connectionClosed(ChatMetrics.ClosedBy reason) {
            closed.add(reason);
        }
    }
}
