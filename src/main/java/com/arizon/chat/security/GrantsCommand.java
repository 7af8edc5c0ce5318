package com.arizon.chat.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code PUT /api/admin/roles/{role}/permissions}. */
public record GrantsCommand(@NotNull @Size(max = 32) List<@NotNull @Pattern(
        regexp = "chats:(create|read|update|delete|join_private|moderate)",
        message = "must be one of chats:create, chats:read, chats:update, chats:delete, chats:join_private,"
                + " chats:moderate") String> permissions) {
}
