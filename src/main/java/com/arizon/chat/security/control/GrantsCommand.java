package com.arizon.chat.security.control;

import com.arizon.chat.platform.validation.Items;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** The body of {@code PUT /api/admin/roles/{role}/permissions}. */
public record GrantsCommand(@NotNull @Items(max = 32) List<@NotNull @Pattern(
        regexp = "chats:(create|read|update|delete|join_private|moderate)",
        message = "must be one of chats:create, chats:read, chats:update, chats:delete, chats:join_private,"
                + " chats:moderate") String> permissions) {
}
