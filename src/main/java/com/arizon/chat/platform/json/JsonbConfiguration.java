package com.arizon.chat.platform.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The one JSON-B configuration of the application, for REST and the real-time transports alike. */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .withAdapters(new InstantAdapter())
            .withDeserializers(new CleanStringDeserializer(), new StrictScalarDeserializers.StrictBoolean(),
                    new StrictScalarDeserializers.StrictInteger(), new StrictScalarDeserializers.StrictLong()));

    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
