package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.metrics.ChatMetrics;
import com.arizon.chat.platform.metrics.ChatMetrics.ClosedBy;
import com.arizon.chat.platform.metrics.ChatMetrics.Limit;
import com.arizon.chat.platform.text.CleanText;
import com.arizon.chat.security.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The chat protocol over any transport: the authentication gate and its deadline, the rate limits
 * (applied on the transport's reading thread, as each event arrives), and dispatch of client events
 * to {@link ChatCommands} on the connection's {@linkplain SerialLane lane}, one at a time in order.
 */
@ApplicationScoped
public class ChatGateway implements RealtimeGateway {

    private static final int ECHOED_EVENT_NAME_LIMIT = 64;

    @Inject
    ConnectionRegistry registry;

    @Inject
    SignIn signIn;

    @Inject
    ChatCommands commands;

    @Inject
    RoomPresence presence;

    @Inject
    ClusterPresence cluster;

    @Inject
    RealtimeSettings settings;

    @Inject
    RealtimeWorkers workers;

    @Inject
    ChatMetrics metrics;

    /** The rate limits' clock. */
    LongSupplier nanoClock = System::nanoTime;

    @Override
    public OpenOutcome open(Connection connection, Optional<String> handshakeToken) {
        LiveConnection live = new LiveConnection(connection, new EventLimiter(settings.limits(), nanoClock),
                workers.connectionLane());
        registry.opened(live);
        if (handshakeToken.isPresent()) {
            SignIn.Result result = signIn.signIn(live, handshakeToken.get());
            return result.signedIn() ? OpenOutcome.authenticated(result.reply()) : OpenOutcome.refused(result.reply());
        }
        try {
            live.authenticationDeadline(workers.timers().schedule(() -> enforceDeadline(live),
                    settings.authTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException shuttingDown) {
            return OpenOutcome.refused(ClientEvents.authenticationError("The server is shutting down"));
        }
        return OpenOutcome.awaitingAuthentication();
    }

    @Override
    public void receive(Connection connection, String event, JsonValue data, Replies replies) {
        if (event == null) {
            malformed(connection, "A frame needs an event name", replies);
            return;
        }
        long arrived = nanoClock.getAsLong();
        registry.find(connection.id())
                .filter(live -> !live.refusesEvents() && admitted(live, kindOf(event), event, replies))
                .ifPresent(live -> inOrder(live, () -> handle(live, event, data, arrived).thenAccept(replies::reply)));
    }

    @Override
    public void malformed(Connection connection, String problem, Replies replies) {
        registry.find(connection.id())
                .filter(live -> !live.refusesEvents() && admitted(live, EventLimiter.Kind.OTHER, "frame", replies))
                .ifPresent(live -> inOrder(live, () -> {
                    replies.reply(Optional.of(ClientEvents.error(ErrorCode.VALIDATION_ERROR, problem)));
                    return null;
                }));
    }

    /**
     * Leaves the rooms once the events the connection sent before it closed have been handled, and
     * counts the close once, by its cause, whichever transport it was on.
     */
    @Override
    public void closed(Connection connection) {
        registry.find(connection.id()).ifPresent(live -> live.inbound().offerLast(() -> {
            var rooms = live.close();
            if (registry.remove(live.id()).isPresent()) {
                metrics.connectionClosed(closedBy(connection.closeCause()));
            }
            if (live.userId() != null) {
                cluster.releaseConnection(live.userId(), live.id());
            }
            presence.leaveAll(live, rooms);
        }));
    }

    private static ClosedBy closedBy(CloseCause cause) {
        if (cause == null) {
            return ClosedBy.CLIENT;
        }
        return switch (cause) {
            case NORMAL -> ClosedBy.SERVER;
            case POLICY_VIOLATION -> ClosedBy.POLICY;
            case ABUSE -> ClosedBy.ABUSE;
            case TOO_BIG -> ClosedBy.FRAME_TOO_LARGE;
            case SLOW_CONSUMER -> ClosedBy.SLOW_CONSUMER;
            case GOING_AWAY -> ClosedBy.SERVER_SHUTDOWN;
            case UNRESPONSIVE -> ClosedBy.HEARTBEAT;
        };
    }

    /**
     * On the connection's lane: the event's effect, and its reply if it has one. A send completes
     * once committed, and the lane takes the connection's next event only then, without a thread
     * waiting meanwhile.
     */
    private CompletionStage<Optional<OutboundEvent>> handle(LiveConnection live, String event, JsonValue data,
            long arrived) {
        if ("authenticate".equals(event)) {
            return done(Optional.of(authenticate(live, data)));
        }
        if (!live.isAuthenticated()) {
            return done(Optional.of(ClientEvents.authenticationError("Authenticate first: send authenticate {token}")));
        }
        Caller caller = signIn.currentCaller(live);
        return switch (event) {
            case "join_room" -> done(Optional.of(commands.joinRoom(live, caller, data)));
            case "leave_room" -> done(Optional.of(commands.leaveRoom(live, data)));
            case "send_message" -> busy(arrived, data)
                    ? done(Optional.of(shed()))
                    : commands.sendMessage(live, caller, data, arrived).thenApply(Optional::of);
            case "typing_start" -> done(commands.typing(live, data, true));
            case "typing_stop" -> done(commands.typing(live, data, false));
            case "mark_read" -> done(Optional.of(commands.markRead(caller, data)));
            default -> done(Optional.of(ClientEvents.error(ErrorCode.VALIDATION_ERROR,
                    "Unknown event '" + shortened(event) + "'")));
        };
    }

    /**
     * Load shedding: a send that waited past {@code chat.realtime.busy-after} for its turn, or that
     * goes to a room whose pushes are that far behind, could only be answered or delivered late.
     * Refusing it at once lets the server catch up instead of falling further behind, and tells the
     * client to retry.
     */
    private boolean busy(long arrived, JsonValue data) {
        Duration limit = settings.busyAfter();
        if (nanoClock.getAsLong() - arrived > limit.toNanos()) {
            return true;
        }
        String roomId = EventData.echo(data, "roomId");
        return roomId != null && workers.pushesBehind(roomId).compareTo(limit) > 0;
    }

    private OutboundEvent shed() {
        metrics.rateLimited(Limit.SERVER_BUSY);
        return ClientEvents.error(ErrorCode.RATE_LIMITED,
                "The server is busy; 'send_message' was dropped, try again shortly");
    }

    private static CompletionStage<Optional<OutboundEvent>> done(Optional<OutboundEvent> reply) {
        return CompletableFuture.completedFuture(reply);
    }

    /**
     * Queues work on the connection's lane; it is skipped if the connection is closed for abuse before
     * its turn. A client that sends faster than the server handles its events, within the rate limits,
     * fills the lane: it is closed rather than buffered without end.
     */
    private static void inOrder(LiveConnection live, Supplier<CompletionStage<?>> work) {
        SerialLane lane = live.inbound();
        if (!lane.offerPausing(() -> live.refusesEvents() ? null : work.get()) && !lane.isEnded()) {
            closeForAbuse(live, "Too many events waiting; closing", "Inbound queue full");
        }
    }

    /**
     * Closes a connection for abuse. What it may still commit: only the event its lane has already
     * started, such as a send already handed to its room's send turn. None of the events still waiting
     * on the lane, and none arriving later, is handled. The send in progress may commit after the close,
     * when its {@code message_sent} can no longer reach the client; the client's retry with the same
     * {@code clientMessageId} is answered with that message.
     */
    private static void closeForAbuse(LiveConnection live, String notice, String reason) {
        live.refuseEvents();
        live.send(ClientEvents.error(ErrorCode.RATE_LIMITED, notice));
        live.connection().close(CloseCause.ABUSE, reason);
    }

    private OutboundEvent authenticate(LiveConnection live, JsonValue data) {
        String token;
        try {
            token = EventData.as(data, EventData.Credentials.class).token();
        } catch (RuntimeException e) {
            return ClientEvents.authenticationError("authenticate needs {token}");
        }
        SignIn.Result result = signIn.signIn(live, token);
        if (result.closeConnection()) {
            live.send(result.reply());
            live.connection().close(CloseCause.POLICY_VIOLATION, "Too many connections");
        }
        return result.reply();
    }

    /**
     * Applies the rate limits as the event arrives, before it is queued: true if it may proceed;
     * otherwise the client is told at once (or, for abuse, disconnected).
     */
    private boolean admitted(LiveConnection live, EventLimiter.Kind kind, String event, Replies replies) {
        Limit limit;
        switch (live.limiter().admit(kind)) {
            case ALLOWED:
                return true;
            case ABUSIVE:
                closeForAbuse(live, "Too many events for too long; closing", "Event rate abuse");
                return false;
            case EVENTS_LIMITED:
                limit = Limit.EVENTS;
                break;
            case SEND_MESSAGE_LIMITED:
                limit = Limit.SEND_MESSAGE;
                break;
            default:
                limit = Limit.TYPING;
        }
        metrics.rateLimited(limit);
        replies.reply(Optional.of(ClientEvents.error(ErrorCode.RATE_LIMITED,
                "Too many events; '" + shortened(event) + "' was dropped")));
        return false;
    }

    private void enforceDeadline(LiveConnection live) {
        if (!live.isAuthenticated() && registry.find(live.id()).isPresent()) {
            live.send(ClientEvents.authenticationError(
                    "Not authenticated within " + settings.authTimeout().toSeconds() + " s"));
            live.connection().close(CloseCause.POLICY_VIOLATION, "Authentication timeout");
        }
    }

    private static EventLimiter.Kind kindOf(String event) {
        return switch (event) {
            case "send_message" -> EventLimiter.Kind.SEND_MESSAGE;
            case "typing_start", "typing_stop" -> EventLimiter.Kind.TYPING;
            default -> EventLimiter.Kind.OTHER;
        };
    }

    private static String shortened(String event) {
        if (!CleanText.isClean(event)) {
            return "(unreadable name)";
        }
        return event.length() <= ECHOED_EVENT_NAME_LIMIT ? event
                : event.substring(0, event.offsetByCodePoints(0, ECHOED_EVENT_NAME_LIMIT)) + "...";
    }
}
