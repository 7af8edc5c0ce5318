package com.arizon.chat.security.control;

import java.util.Optional;

/** The {@code resource:action} permissions of contract section 3. */
public enum Permission {
    CHATS_CREATE("chats:create"),
    CHATS_READ("chats:read"),
    CHATS_UPDATE("chats:update"),
    CHATS_DELETE("chats:delete"),
    CHATS_JOIN_PRIVATE("chats:join_private"),
    CHATS_MODERATE("chats:moderate");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Permission> fromKey(String key) {
        for (Permission permission : values()) {
            if (permission.key.equals(key)) {
                return Optional.of(permission);
            }
        }
        return Optional.empty();
    }
}
