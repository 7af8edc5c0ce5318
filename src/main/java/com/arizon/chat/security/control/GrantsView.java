package com.arizon.chat.security.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Collection;
import java.util.List;

/** {@code {role, permissions}} for the admin grants endpoints. */
@JsonbPropertyOrder({"role", "permissions"})
public record GrantsView(String role, List<String> permissions) {

    public static GrantsView of(GlobalRole role, Collection<Permission> permissions) {
        return new GrantsView(role.name(), permissions.stream().map(Permission::key).sorted().toList());
    }
}
