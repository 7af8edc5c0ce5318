package com.arizon.chat.message.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The {@code attachments} object of a message: {@code {"files": [...]}}, at most ten files. */
public record Attachments(@NotNull @Size(max = 10) List<@NotNull @Valid AttachmentFile> files) {

    public boolean isEmpty() {
        return files == null || files.isEmpty();
    }
}
