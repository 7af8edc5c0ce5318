package com.arizon.chat.security.control;

import com.arizon.chat.platform.text.PlainText;
import com.arizon.chat.platform.text.TextLength;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of {@code POST /api/auth/register}. */
public record RegisterCommand(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{3,50}",
                message = "must be 3 to 50 letters, digits, dots, dashes or underscores") String username,
        @NotNull @Email @TextLength(min = 3, max = 320) String email,
        @NotNull @TextLength(min = 8, max = 128) String password,
        @NotNull @TextLength(min = 1, max = 100) @PlainText String firstName,
        @NotNull @TextLength(min = 1, max = 100) @PlainText String lastName) {
}
