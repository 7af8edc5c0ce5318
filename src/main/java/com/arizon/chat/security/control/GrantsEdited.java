package com.arizon.chat.security.control;

import java.util.Set;

/**
 * An ADMIN replaced a global role's permissions. Fired inside the editing transaction, so an
 * observer's writes (the audit log) commit or roll back with the edit.
 */
public record GrantsEdited(String actorId, GlobalRole role, Set<Permission> permissions) {

    public GrantsEdited {
        permissions = Set.copyOf(permissions);
    }
}
