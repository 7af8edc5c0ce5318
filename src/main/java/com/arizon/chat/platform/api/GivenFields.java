package com.arizon.chat.platform.api;

import java.util.HashSet;
import java.util.Set;

/**
 * Which fields a {@code PATCH} body named, so that an absent field means "unchanged" while an
 * explicit {@code null} means "clear it". JSON-B calls a setter for every field present, null or
 * not; the body's setters record their field here.
 */
public final class GivenFields {

    private final Set<String> given = new HashSet<>();

    public void add(String field) {
        given.add(field);
    }

    public boolean has(String field) {
        return given.contains(field);
    }

    public boolean isEmpty() {
        return given.isEmpty();
    }
}
