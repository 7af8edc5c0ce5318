package com.arizon.chat.message.control;

import com.arizon.chat.platform.text.TextLength;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PATCH .../messages/{messageId}}: the new content, 1..4000 characters after trimming. */
public record EditMessageCommand(@NotNull @TextLength(max = 4000) String content) {
}
