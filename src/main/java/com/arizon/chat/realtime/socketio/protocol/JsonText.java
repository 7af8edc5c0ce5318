package com.arizon.chat.realtime.socketio.protocol;

import com.arizon.chat.platform.json.JsonDocuments;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/** Parsing of untrusted JSON text into JSON-P values. */
final class JsonText {

    /** Looked up once: {@code Json.createXxx} would search for a provider on every call. */
    static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonText() {
    }

    /** Exactly one JSON value, nothing after it but whitespace, within {@link JsonDocuments}' limits. */
    static JsonValue parse(String text) throws MalformedPacketException {
        try {
            return JsonDocuments.singleValue(text);
        } catch (JsonDocuments.NotOneValue e) {
            throw new MalformedPacketException(e.tooDeep() ? "JSON payload nested too deeply" : "invalid JSON payload");
        }
    }
}
