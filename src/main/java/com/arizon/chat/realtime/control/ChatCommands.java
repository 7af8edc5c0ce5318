package com.arizon.chat.realtime.control;

import com.arizon.chat.message.control.MessageService;
import com.arizon.chat.message.control.ReadReceipts;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.metrics.ChatMetrics;
import com.arizon.chat.room.control.RoomService;
import com.arizon.chat.room.control.RoomView;
import com.arizon.chat.security.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The client events of contract section 6, for a signed-in connection. Each delegates to the service
 * REST uses; this class is deliberately not transactional, so a service call has committed when it
 * returns (or, for a send, when its future completes) and {@code message_sent} never announces a row
 * that could still roll back.
 */
@ApplicationScoped
public class ChatCommands {

    private static final String ROOM_ERROR = "room_error";
    private static final String MESSAGE_ERROR = "message_error";

    @Inject
    RoomService rooms;

    @Inject
    MessageService messages;

    @Inject
    ReadReceipts readReceipts;

    @Inject
    RoomPresence presence;

    @Inject
    TypingIndicators typing;

    @Inject
    ChatMetrics metrics;

    /** Subscribes to a room, joining it first (same rules as REST join) if not yet a participant. */
    public OutboundEvent joinRoom(LiveConnection live, Caller caller, JsonValue data) {
        try {
            String roomId = EventData.about(data, EventData.RoomTarget.class).roomId();
            RoomView room = rooms.details(caller, roomId);
            if (room.participants().stream().noneMatch(participant -> participant.id().equals(caller.userId()))) {
                room = rooms.join(caller, roomId);
            }
            presence.enter(live, room.id());
            return ClientEvents.roomJoined(room.id(), room);
        } catch (RuntimeException e) {
            return failure(ROOM_ERROR, e, data);
        }
    }

    /** Unsubscribes from a room; membership itself ends only through REST. */
    public OutboundEvent leaveRoom(LiveConnection live, JsonValue data) {
        try {
            String roomId = EventData.about(data, EventData.RoomTarget.class).roomId();
            presence.leave(live, roomId);
            return ClientEvents.roomLeft(roomId);
        } catch (RuntimeException e) {
            return failure(ROOM_ERROR, e, data);
        }
    }

    /** Completes with the reply once the message is committed; the caller's thread does not wait for it. */
    public CompletionStage<OutboundEvent> sendMessage(LiveConnection live, Caller caller, JsonValue data,
            long arrivedNanos) {
        try {
            EventData.MessageToSend toSend = EventData.about(data, EventData.MessageToSend.class);
            return messages.sendWithoutWaiting(caller, toSend.roomId(), toSend.command()).handle((posted, failure) -> {
                if (failure != null) {
                    return failure(MESSAGE_ERROR, failure, data);
                }
                if (posted.created()) {
                    metrics.messagePosted(live.origin());
                }
                metrics.sendCommitted(System.nanoTime() - arrivedNanos);
                return ClientEvents.messageSent(posted.message());
            });
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(MESSAGE_ERROR, e, data));
        }
    }

    /** {@code typing_start} / {@code typing_stop}: no reply unless the event is refused. */
    public Optional<OutboundEvent> typing(LiveConnection live, JsonValue data, boolean started) {
        try {
            String roomId = EventData.about(data, EventData.RoomTarget.class).roomId();
            if (!live.isSubscribedTo(roomId)) {
                throw new ChatException(ErrorCode.NOT_PARTICIPANT, "Join the room (join_room) before typing in it");
            }
            if (started) {
                typing.start(live, roomId);
            } else {
                typing.stop(roomId, live.userId());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(failure(ROOM_ERROR, e, data));
        }
    }

    /** Moves the read marker; the sender hears the marker as it stands, the room's others via the event. */
    public OutboundEvent markRead(Caller caller, JsonValue data) {
        try {
            EventData.ReadTarget target = EventData.about(data, EventData.ReadTarget.class);
            ReadReceipts.ReadMarker marker = readReceipts.markRead(caller, target.roomId(), target.messageId());
            return ClientEvents.messagesRead(marker.roomId(), caller.userId(), marker.lastReadMessageId());
        } catch (RuntimeException e) {
            return failure(ROOM_ERROR, e, data);
        }
    }

    private static OutboundEvent failure(String name, Throwable e, JsonValue data) {
        return ClientEvents.failure(name, ChatException.from(e), EventData.echo(data, "roomId"),
                EventData.echo(data, "clientMessageId"));
    }
}
