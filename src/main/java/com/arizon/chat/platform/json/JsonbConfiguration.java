package com.arizon.chat.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The one JSON-B configuration of the application, for REST ({@code platform.rest.JsonbResolver}) and
 * the real-time transports alike.
 */
public final class JsonbConfiguration {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withAdapters(new InstantAdapter())
            .withDeserializers(new CleanStringDeserializer(), new StrictScalarDeserializers.StrictBoolean(),
                    new StrictScalarDeserializers.StrictInteger(), new StrictScalarDeserializers.StrictLong()));

    private JsonbConfiguration() {
    }

    public static Jsonb jsonb() {
        return JSONB;
    }
}
