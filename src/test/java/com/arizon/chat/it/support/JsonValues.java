package com.arizon.chat.it.support;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/** Turns plain Java values (maps, lists, strings, numbers, booleans, null) into JSON-P values. */
public final class JsonValues {

    /**
     * The JSON-P provider for clients that send or read many frames: every static
     * {@code Json.createXxx} call looks the provider up again, scanning the class path.
     */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonValues() {
    }

    public static JsonValue from(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof CharSequence || value instanceof Enum<?>) {
            return JSON.createValue(value.toString());
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return JSON.createValue(big);
        }
        if (value instanceof Number number) {
            return JSON.createValue(new BigDecimal(number.toString()));
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((key, item) -> object.add(String.valueOf(key), from(item)));
            return object.build();
        }
        if (value instanceof Iterable<?> items) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            items.forEach(item -> array.add(from(item)));
            return array.build();
        }
        throw new IllegalArgumentException("No JSON form for " + value.getClass().getName());
    }
}
