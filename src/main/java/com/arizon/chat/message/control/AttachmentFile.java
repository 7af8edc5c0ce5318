package com.arizon.chat.message.control;

import com.arizon.chat.platform.text.PlainText;
import com.arizon.chat.platform.text.TextLength;
import com.arizon.chat.platform.validation.Range;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attached file: a link to it, never its bytes. */
@JsonbPropertyOrder({"name", "url", "size", "type"})
public record AttachmentFile(
        @NotNull @TextLength(min = 1, max = 255) @PlainText String name,
        @NotNull @TextLength(max = 2048) @Pattern(regexp = "(?i)https?://[^\\s/$.?#][^\\s]*",
                message = "must be an http or https URL") String url,
        @NotNull @Range(min = 0, message = "must be 0 or more")
        @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0") Long size,
        @NotNull @TextLength(min = 1, max = 255) String type) {
}
