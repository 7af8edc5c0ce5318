package com.arizon.chat.security.control;

import java.util.Set;

/**
 * Who is asking, with what they may do: the same object whichever transport the request came by.
 * Services take it as an argument; {@link RequiresPermission} checks it. {@code connectionId} names
 * the real-time connection the request came through, null for REST.
 */
public record Caller(String userId, String username, String email, Set<GlobalRole> roles,
        Set<Permission> permissions, String connectionId) {

    public Caller {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** The same caller, acting through one real-time connection. */
    public Caller onConnection(String id) {
        return new Caller(userId, username, email, roles, permissions, id);
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean isAdmin() {
        return roles.contains(GlobalRole.ADMIN);
    }
}
