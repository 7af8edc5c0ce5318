package com.arizon.chat.platform.json;

import com.arizon.chat.platform.text.CleanText;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Every string read from a JSON body passes here: U+0000 and unpaired surrogates are refused before
 * they can reach the database (contract 8.21), and a non-string where a string belongs is a type error.
 */
public class CleanStringDeserializer implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue json = parser.getValue();
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(json instanceof JsonString string)) {
            throw new JsonbException("expected a string");
        }
        String value = string.getString();
        if (!CleanText.isClean(value)) {
            throw new JsonbException("text contains U+0000 or an unpaired surrogate");
        }
        return value;
    }
}
