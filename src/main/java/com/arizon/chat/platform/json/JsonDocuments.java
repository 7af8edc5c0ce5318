package com.arizon.chat.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * JSON text as the real-time transports read it, with the one set of limits for both: exactly one
 * value, nothing after it but whitespace, nested at most {@value #MAX_DEPTH} deep.
 */
public final class JsonDocuments {

    /** Far deeper than any real event; keeps hostile nesting away from recursive code. */
    public static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonDocuments() {
    }

    /**
     * The text's one JSON value, or {@link NotOneValue}. Every unchecked exception of the parser counts
     * as a refusal: JSON-P providers report syntax errors as {@code JsonParsingException} but their own
     * limits with other unchecked exceptions (Parsson refuses numbers over 1,100 digits with an
     * {@code UnsupportedOperationException}).
     */
    public static JsonValue singleValue(String text) throws NotOneValue {
        if (nestedDeeperThan(text, MAX_DEPTH)) {
            throw new NotOneValue(true);
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new NotOneValue(false);
            }
            return value;
        } catch (RuntimeException notJson) {
            throw new NotOneValue(false);
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

    /** Why a text is refused: not JSON, more than one value, or nested too deeply. */
    public static final class NotOneValue extends Exception {

        private final boolean tooDeep;

        NotOneValue(boolean tooDeep) {
            super(tooDeep ? "nested deeper than " + MAX_DEPTH : "not one JSON value", null, false, false);
            this.tooDeep = tooDeep;
        }

        public boolean tooDeep() {
            return tooDeep;
        }
    }
}
