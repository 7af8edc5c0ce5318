package com.arizon.chat.security.control;

import java.util.Optional;

/** Global roles, carried in the token's {@code groups} claim. */
public enum GlobalRole {
    CLIENT, BUSINESS, SUPPLIER, SUPPORT, ADMIN;

    public static Optional<GlobalRole> parse(String text) {
        for (GlobalRole role : values()) {
            if (role.name().equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
