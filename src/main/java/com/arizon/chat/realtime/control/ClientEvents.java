package com.arizon.chat.realtime.control;

import com.arizon.chat.message.control.MessageView;
import com.arizon.chat.message.control.ReactionGroup;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.api.FieldError;
import com.arizon.chat.room.control.ParticipantView;
import com.arizon.chat.room.control.RoomView;
import com.arizon.chat.user.control.UserSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** Every event the server sends to real-time clients, with its name and data as the contract spells them. */
public final class ClientEvents {

    private ClientEvents() {
    }

    public static OutboundEvent authenticated(String userId) {
        return OutboundEvent.of("authenticated", new UserIdData(userId));
    }

    public static OutboundEvent authenticationError(String message) {
        return OutboundEvent.of("authentication_error", new MessageText(message));
    }

    /** The general {@code error} event, for frames and events that are not about a room or a message. */
    public static OutboundEvent error(ErrorCode code, String message) {
        return failure("error", new ChatException(code, message), null, null);
    }

    /**
     * {@code error}, {@code room_error} or {@code message_error}: {@code {code, message}}, with the
     * offending fields for {@code VALIDATION_ERROR} and, when known, the room and client message id
     * the request named.
     */
    public static OutboundEvent failure(String name, ChatException e, String roomId, String clientMessageId) {
        return OutboundEvent.of(name, new ErrorData(e.code().name(), e.getMessage(),
                e.details().isEmpty() ? null : e.details(), roomId, clientMessageId));
    }

    public static OutboundEvent roomJoined(String roomId, RoomView room) {
        return OutboundEvent.of("room_joined", new RoomJoinedData(roomId, room));
    }

    public static OutboundEvent roomLeft(String roomId) {
        return OutboundEvent.of("room_left", new RoomIdData(roomId));
    }

    public static OutboundEvent messageSent(MessageView message) {
        return OutboundEvent.of("message_sent", new MessageData(message));
    }

    public static OutboundEvent newMessage(MessageView message) {
        return OutboundEvent.of("new_message", new MessageData(message));
    }

    public static OutboundEvent messageUpdated(MessageView message) {
        return OutboundEvent.of("message_updated", new MessageData(message));
    }

    public static OutboundEvent messageDeleted(String roomId, String messageId) {
        return OutboundEvent.of("message_deleted", new MessageIdData(roomId, messageId));
    }

    public static OutboundEvent reactionUpdated(String roomId, String messageId, List<ReactionGroup> reactions) {
        return OutboundEvent.of("reaction_updated", new ReactionsData(roomId, messageId, reactions));
    }

    public static OutboundEvent messagesRead(String roomId, String userId, String lastReadMessageId) {
        return OutboundEvent.of("messages_read", new ReadData(roomId, userId, lastReadMessageId));
    }

    public static OutboundEvent userTyping(String userId, String userEmail, String roomId) {
        return OutboundEvent.of("user_typing", new UserInRoomData(userId, userEmail, roomId));
    }

    public static OutboundEvent userStoppedTyping(String userId, String userEmail, String roomId) {
        return OutboundEvent.of("user_stopped_typing", new UserInRoomData(userId, userEmail, roomId));
    }

    public static OutboundEvent userOnline(String userId, String userEmail, String roomId) {
        return OutboundEvent.of("user_online", new UserInRoomData(userId, userEmail, roomId));
    }

    public static OutboundEvent userOffline(String userId, String userEmail, String roomId) {
        return OutboundEvent.of("user_offline", new UserInRoomData(userId, userEmail, roomId));
    }

    public static OutboundEvent roomUsersUpdate(String roomId, List<UserSummary> users) {
        return OutboundEvent.of("room_users_update", new RoomUsersData(roomId, users));
    }

    public static OutboundEvent participantJoined(String roomId, ParticipantView participant) {
        return OutboundEvent.of("participant_joined", new ParticipantData(roomId, participant));
    }

    public static OutboundEvent participantUpdated(String roomId, ParticipantView participant) {
        return OutboundEvent.of("participant_updated", new ParticipantData(roomId, participant));
    }

    public static OutboundEvent participantLeft(String roomId, String userId) {
        return OutboundEvent.of("participant_left", new RoomUserData(roomId, userId));
    }

    public static OutboundEvent roomUpdated(RoomView room) {
        return OutboundEvent.of("room_updated", new RoomData(room));
    }

    public static OutboundEvent roomDeleted(String roomId) {
        return OutboundEvent.of("room_deleted", new RoomIdData(roomId));
    }

    public record UserIdData(String userId) {
    }

    public record MessageText(String message) {
    }

    public record ErrorData(String code, String message, @JsonbNillable(false) List<FieldError> details,
            @JsonbNillable(false) String roomId, @JsonbNillable(false) String clientMessageId) {
    }

    public record RoomIdData(String roomId) {
    }

    public record RoomJoinedData(String roomId, RoomView room) {
    }

    public record RoomData(RoomView room) {
    }

    public record MessageData(MessageView message) {
    }

    public record MessageIdData(String roomId, String messageId) {
    }

    public record ReactionsData(String roomId, String messageId, List<ReactionGroup> reactions) {
    }

    public record ReadData(String roomId, String userId, String lastReadMessageId) {
    }

    public record UserInRoomData(String userId, String userEmail, String roomId) {
    }

    public record RoomUsersData(String roomId, List<UserSummary> users) {
    }

    public record ParticipantData(String roomId, ParticipantView participant) {
    }

    public record RoomUserData(String roomId, String userId) {
    }
}
