package com.arizon.chat.platform.api;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A {@code PATCH} body: remembers which fields the JSON named, so that an absent field means
 * "unchanged" while an explicit {@code null} means "clear it". JSON-B calls a setter for every
 * field present, null or not; subclasses call {@link #given(String)} from their setters.
 */
public abstract class PartialUpdate {

    @JsonbTransient
    @Schema(hidden = true)
    private final Set<String> given = new HashSet<>();

    protected final void given(String field) {
        given.add(field);
    }

    public final boolean has(String field) {
        return given.contains(field);
    }

    public final boolean isEmpty() {
        return given.isEmpty();
    }
}
