package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.json.JsonbConfiguration;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Gives JAX-RS the application's JSON-B configuration for every body it reads or writes. */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return JsonbConfiguration.jsonb();
    }
}
