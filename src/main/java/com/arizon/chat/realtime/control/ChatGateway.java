package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.text.CleanText;
import com.arizon.chat.security.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The chat protocol over any transport: the authentication gate and its deadline, the rate limits,
 * and dispatch of client events to {@link ChatCommands}.
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
    RealtimeSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Override
    public OpenOutcome open(Connection connection, Optional<String> handshakeToken) {
        LiveConnection live = new LiveConnection(connection, new EventLimiter(settings.limits()));
        registry.opened(live);
        if (handshakeToken.isPresent()) {
            SignIn.Result result = signIn.signIn(live, handshakeToken.get());
            return result.signedIn() ? OpenOutcome.authenticated(result.reply()) : OpenOutcome.refused(result.reply());
        }
        try {
            live.authenticationDeadline(scheduler.schedule(() -> enforceDeadline(live),
                    settings.authTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException shuttingDown) {
            return OpenOutcome.refused(ClientEvents.authenticationError("The server is shutting down"));
        }
        return OpenOutcome.awaitingAuthentication();
    }

    @Override
    public Optional<OutboundEvent> receive(Connection connection, String event, JsonValue data) {
        if (event == null) {
            return malformed(connection, "A frame needs an event name");
        }
        Optional<LiveConnection> found = registry.find(connection.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LiveConnection live = found.get();
        Optional<OutboundEvent> refusal = admit(live, kindOf(event), event);
        if (refusal.isPresent()) {
            return refusal;
        }
        if ("authenticate".equals(event)) {
            return Optional.of(authenticate(live, data));
        }
        if (!live.isAuthenticated()) {
            return Optional.of(ClientEvents.authenticationError("Authenticate first: send authenticate {token}"));
        }
        Caller caller = signIn.currentCaller(live);
        return switch (event) {
            case "join_room" -> Optional.of(commands.joinRoom(live, caller, data));
            case "leave_room" -> Optional.of(commands.leaveRoom(live, data));
            case "send_message" -> Optional.of(commands.sendMessage(caller, data));
            case "typing_start" -> commands.typing(live, data, true);
            case "typing_stop" -> commands.typing(live, data, false);
            case "mark_read" -> Optional.of(commands.markRead(caller, data));
            default -> Optional.of(ClientEvents.error(ErrorCode.VALIDATION_ERROR,
                    "Unknown event '" + shortened(event) + "'"));
        };
    }

    @Override
    public Optional<OutboundEvent> malformed(Connection connection, String problem) {
        Optional<LiveConnection> live = registry.find(connection.id());
        if (live.isEmpty()) {
            return Optional.empty();
        }
        return admit(live.get(), EventLimiter.Kind.OTHER, "frame")
                .or(() -> Optional.of(ClientEvents.error(ErrorCode.VALIDATION_ERROR, problem)));
    }

    @Override
    public void closed(Connection connection) {
        registry.find(connection.id()).ifPresent(live -> {
            var rooms = live.close();
            registry.remove(live.id());
            presence.leaveAll(live, rooms);
        });
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

    /** Applies the rate limits; empty if the event may proceed, else what the client is told. */
    private static Optional<OutboundEvent> admit(LiveConnection live, EventLimiter.Kind kind, String event) {
        switch (live.limiter().admit(kind)) {
            case ALLOWED:
                return Optional.empty();
            case LIMITED:
                return Optional.of(ClientEvents.error(ErrorCode.RATE_LIMITED,
                        "Too many events; '" + shortened(event) + "' was dropped"));
            default:
                live.send(ClientEvents.error(ErrorCode.RATE_LIMITED, "Too many events for too long; closing"));
                live.connection().close(CloseCause.POLICY_VIOLATION, "Event rate abuse");
                return Optional.empty();
        }
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
