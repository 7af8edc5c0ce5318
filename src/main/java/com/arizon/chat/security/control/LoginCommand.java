package com.arizon.chat.security.control;

import com.arizon.chat.platform.text.TextLength;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/auth/login}. */
public record LoginCommand(@NotNull @TextLength(min = 1, max = 100) String username,
        @NotNull @TextLength(min = 1, max = 128) String password) {
}
