package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.json.JsonbConfiguration;
import com.arizon.chat.platform.text.CleanText;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads an event's {@code data} into the same records REST binds bodies to, through the one JSON-B
 * configuration, so that shapes are checked identically on every transport.
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

    /** The {@code roomId} of an event about a room, required. */
    static String roomId(JsonValue data) {
        String roomId = as(data, RoomTarget.class).roomId();
        if (roomId == null || roomId.isEmpty()) {
            throw ChatException.validation("roomId", "is required");
        }
        return roomId;
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

    /** {@code {roomId}}. */
    public record RoomTarget(String roomId) {
    }

    /** {@code mark_read {roomId, messageId?}}. */
    public record ReadTarget(String roomId, String messageId) {
    }

    /** {@code authenticate {token}}. */
    public record Credentials(String token) {
    }
}
