package com.arizon.chat.message.control;

import com.arizon.chat.platform.text.TextLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message to post, from {@code POST .../messages} or the {@code send_message} event. */
public record SendMessageCommand(
        @NotNull @TextLength(max = 4000) String content,
        @Schema(enumeration = {"TEXT", "IMAGE", "FILE", "VOICE", "VIDEO"}, defaultValue = "TEXT")
        @Pattern(regexp = "TEXT|IMAGE|FILE|VOICE|VIDEO|SYSTEM",
                message = "must be one of TEXT, IMAGE, FILE, VOICE, VIDEO") String type,
        @TextLength(min = 1, max = 64) String replyToId,
        @Valid Attachments attachments,
        @TextLength(min = 1, max = 64) String clientMessageId) {
}
