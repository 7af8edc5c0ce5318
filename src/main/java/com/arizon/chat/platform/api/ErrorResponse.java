package com.arizon.chat.platform.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The failure envelope: {@code {"success": false, "error": {"code", "message", "details"?}}}. */
@JsonbPropertyOrder({"success", "error"})
public record ErrorResponse(boolean success, Body error) {

    public static ErrorResponse of(ErrorCode code, String message, List<FieldError> details) {
        return new ErrorResponse(false, new Body(code.name(), message, details.isEmpty() ? null : details));
    }

    @JsonbPropertyOrder({"code", "message", "details"})
    public record Body(String code, String message, @JsonbNillable(false) List<FieldError> details) {
    }
}
