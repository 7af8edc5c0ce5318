package com.arizon.chat.message.control;

import com.arizon.chat.platform.validation.Items;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The {@code attachments} object of a message: {@code {"files": [...]}}, at most ten files. */
public record Attachments(@NotNull @Items(max = 10) List<@NotNull @Valid AttachmentFile> files) {

    public boolean isEmpty() {
        return files == null || files.isEmpty();
    }
}
