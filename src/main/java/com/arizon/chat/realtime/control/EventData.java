package com.arizon.chat.realtime.control;

import com.arizon.chat.message.control.Attachments;
import com.arizon.chat.message.control.SendMessageCommand;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.json.JsonbConfiguration;
import com.arizon.chat.platform.text.CleanText;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;

/**
 * Reads an event's {@code data}, once, into its command record through the one JSON-B configuration
 * REST binds bodies with, so that shapes are checked identically on every transport.
 */
final class EventData {

    private EventData() {
    }

    /** {@code data} bound to {@code type}; {@code VALIDATION_ERROR} if it is not an object of that shape. */
    static <T> T as(JsonValue data, Class<T> type) {
        if (data == null || data.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ChatException.validation("data", "must be an object");
        }
        return JsonbConfiguration.jsonb().fromJson(data.toString(), type);
    }

    /**
     * {@code data} bound to the command of an event about a room, whose {@code roomId} is required. A
     * problem with the {@code roomId} is the one reported, whatever else is wrong: the room comes first.
     */
    static <T extends RoomEvent> T about(JsonValue data, Class<T> type) {
        T event;
        try {
            event = as(data, type);
        } catch (JsonbException e) {
            // the rare refused event pays a second reading, to name the room's problem if it has one
            requireRoomId(as(data, RoomTarget.class));
            throw e;
        }
        return requireRoomId(event);
    }

    private static <T extends RoomEvent> T requireRoomId(T event) {
        if (event.roomId() == null || event.roomId().isEmpty()) {
            throw ChatException.validation("roomId", "is required");
        }
        return event;
    }

    /** A string field read without validation, to echo it in an error reply; null if absent or not a string. */
    static String echo(JsonValue data, String field) {
        if (data != null && data.getValueType() == JsonValue.ValueType.OBJECT
                && data.asJsonObject().get(field) instanceof JsonString text) {
            String value = text.getString();
            return value.length() <= 64 && CleanText.isClean(value) ? value : null;
        }
        return null;
    }

    /** The data of an event about a room. */
    interface RoomEvent {

        String roomId();
    }

    /** {@code join_room}, {@code leave_room}, {@code typing_start}, {@code typing_stop}: {@code {roomId}}. */
    public record RoomTarget(String roomId) implements RoomEvent {
    }

    /** {@code mark_read {roomId, messageId?}}. */
    public record ReadTarget(String roomId, String messageId) implements RoomEvent {
    }

    /** {@code send_message}: the room, and the message as {@code POST .../messages} takes it. */
    public record MessageToSend(String roomId, String content, String type, String replyToId,
            Attachments attachments, String clientMessageId) implements RoomEvent {

        SendMessageCommand command() {
            return new SendMessageCommand(content, type, replyToId, attachments, clientMessageId);
        }
    }

    /** {@code authenticate {token}}. */
    public record Credentials(String token) {
    }
}
