package com.arizon.chat.realtime.socketio.protocol;

import com.arizon.chat.platform.json.JsonDocuments;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/** Parsing of untrusted JSON text into JSON-P values. */
final class JsonText {

    /** Looked up once: {@code Json.createXxx} would search for a provider on every call. */
    static final JsonProvider PROVIDER = JsonProvider.provider();

    /** Far deeper than any real event; keeps hostile nesting away from recursive code. */
    static final int MAX_DEPTH = 32;

    private JsonText() {
    }

    /** Exactly one JSON value, nothing after it but whitespace. */
    static JsonValue parse(String text) throws MalformedPacketException {
        if (nestedDeeperThan(text, MAX_DEPTH)) {
            throw new MalformedPacketException("JSON payload nested too deeply");
        }
        JsonValue value = JsonDocuments.singleValue(text);
        if (value == null) {
            throw new MalformedPacketException("invalid JSON payload");
        }
        return value;
    }

    private static boolean nestedDeeperThan(String text, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > maxDepth) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }
}
