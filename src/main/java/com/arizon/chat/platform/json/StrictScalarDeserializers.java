package com.arizon.chat.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Booleans and whole numbers only from JSON booleans and numbers: the default provider would turn
 * {@code "yes"} into false and {@code "5"} into 5, hiding a client's type error.
 */
final class StrictScalarDeserializers {

    private StrictScalarDeserializers() {
    }

    static final class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue json = parser.getValue();
            return switch (json.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException("expected true or false");
            };
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = wholeNumber(parser);
            return number == null ? null : number.intValueExact();
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = wholeNumber(parser);
            return number == null ? null : number.longValueExact();
        }
    }

    private static JsonNumber wholeNumber(JsonParser parser) {
        JsonValue json = parser.getValue();
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(json instanceof JsonNumber number) || !number.isIntegral()) {
            throw new JsonbException("expected a whole number");
        }
        return number;
    }
}
