package com.arizon.chat.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Booleans and whole numbers as JSON has them, nothing else: left to itself the JSON-B provider
 * reads {@code "yes"} as {@code false} and {@code "12"} or {@code 12.7} as 12, where the contract
 * wants a wrong type to be a {@code VALIDATION_ERROR} (8.3).
 */
final class StrictScalarDeserializers {

    private StrictScalarDeserializers() {
    }

    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue json = parser.getValue();
            return switch (json.getValueType()) {
                case NULL -> null;
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> throw new JsonbException("expected true or false");
            };
        }
    }

    static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = wholeNumber(parser.getValue());
            try {
                return number == null ? null : number.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("out of range");
            }
        }
    }

    static final class StrictLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = wholeNumber(parser.getValue());
            try {
                return number == null ? null : number.longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("out of range");
            }
        }
    }

    private static JsonNumber wholeNumber(JsonValue json) {
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (json instanceof JsonNumber number && number.isIntegral()) {
            return number;
        }
        throw new JsonbException("expected a whole number");
    }
}
