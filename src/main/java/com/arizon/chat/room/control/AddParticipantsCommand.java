package com.arizon.chat.room.control;

import com.arizon.chat.platform.text.TextLength;
import com.arizon.chat.platform.validation.Items;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /chat/rooms/{id}/participants}; {@code role} defaults to MEMBER. */
public record AddParticipantsCommand(
        @NotNull @Items(min = 1, max = 100) List<@NotNull @TextLength(min = 1, max = 128) String> userIds,
        @Schema(enumeration = {"ADMIN", "MODERATOR", "MEMBER"}, defaultValue = "MEMBER")
        @Pattern(regexp = "ADMIN|MODERATOR|MEMBER", message = "must be one of ADMIN, MODERATOR, MEMBER") String role) {
}
