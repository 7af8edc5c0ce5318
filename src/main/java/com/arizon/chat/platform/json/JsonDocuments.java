package com.arizon.chat.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Map;

/** JSON text as the real-time transports read it: exactly one value, nothing after it but whitespace. */
public final class JsonDocuments {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private JsonDocuments() {
    }

    /**
     * The text's one JSON value, or null when it is not a single JSON value. Every unchecked exception
     * counts as a refusal: JSON-P providers report syntax errors as {@code JsonParsingException} but
     * their own limits with other unchecked exceptions (Parsson refuses numbers over 1,100 digits with
     * an {@code UnsupportedOperationException}), and a deep enough nesting overflows the stack.
     */
    public static JsonValue singleValue(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            return parser.hasNext() ? null : value;
        } catch (RuntimeException | StackOverflowError notOneValue) {
            return null;
        }
    }
}
