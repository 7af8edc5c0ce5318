package com.arizon.chat.realtime.socketio.protocol;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;

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
        JsonValue value = parseSingleValue(text);
        if (value == null) {
            throw new MalformedPacketException("invalid JSON payload");
        }
        return value;
    }

    /**
     * Null when the text is not a single JSON value. Every unchecked exception counts as a refusal:
     * JSON-P providers report syntax errors as {@code JsonParsingException} but their own limits with
     * other unchecked exceptions (Parsson refuses numbers over 1,100 digits with an
     * {@code UnsupportedOperationException}).
     */
    private static JsonValue parseSingleValue(String text) {
        try (JsonParser parser = PROVIDER.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            return parser.hasNext() ? null : value;
        } catch (RuntimeException e) {
            return null;
        }
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
