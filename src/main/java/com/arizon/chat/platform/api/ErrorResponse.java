package com.arizon.chat.platform.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The failure envelope: {@code {"success": false, "error": {"code", "message", "details"?}}}. */
@JsonbPropertyOrder({"success", "error"})
@Schema(name = "ErrorResponse", description = "Every failure", requiredProperties = {"success", "error"})
public record ErrorResponse(boolean success, Body error) {

    public static ErrorResponse of(ErrorCode code, String message, List<FieldError> details) {
        return new ErrorResponse(false, new Body(code, message, details.isEmpty() ? null : details));
    }

    @JsonbPropertyOrder({"code", "message", "details"})
    @Schema(name = "ErrorBody", requiredProperties = {"code", "message"})
    public record Body(ErrorCode code, String message, @JsonbNillable(false) List<FieldError> details) {
    }
}
