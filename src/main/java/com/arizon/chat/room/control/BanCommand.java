package com.arizon.chat.room.control;

import com.arizon.chat.platform.text.TextLength;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The body of {@code POST /chat/rooms/{id}/bans}; without {@code until} the ban has no end. */
public record BanCommand(
        @NotNull @TextLength(min = 1, max = 128) String userId,
        @NotNull @TextLength(min = 1, max = 500) String reason,
        Instant until) {
}
