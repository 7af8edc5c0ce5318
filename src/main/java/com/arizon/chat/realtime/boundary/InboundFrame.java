package com.arizon.chat.realtime.boundary;

import com.arizon.chat.platform.json.JsonDocuments;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** One native text frame read as {@code {"event": "name", "data": ...}}. */
record InboundFrame(String event, JsonValue data) {

    /**
     * The frame's event and data; {@link Malformed} with a reason for the client otherwise. A frame
     * is one JSON value: anything but whitespace after it makes the frame malformed.
     */
    static InboundFrame parse(String text) throws Malformed {
        JsonValue value;
        try {
            value = JsonDocuments.singleValue(text);
        } catch (JsonDocuments.NotOneValue e) {
            throw new Malformed(e.tooDeep() ? "The frame nests JSON deeper than " + JsonDocuments.MAX_DEPTH + " levels"
                    : "The frame is not valid JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Malformed("A frame must be a JSON object {\"event\": ..., \"data\": ...}");
        }
        if (!(value.asJsonObject().get("event") instanceof JsonString event)) {
            throw new Malformed("A frame needs \"event\" as a string");
        }
        return new InboundFrame(event.getString(), value.asJsonObject().getOrDefault("data", JsonValue.NULL));
    }

    static final class Malformed extends Exception {

        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }
}
