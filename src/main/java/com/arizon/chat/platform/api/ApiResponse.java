package com.arizon.chat.platform.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The success envelope: {@code {"success": true, "data": {...}, "message"?: "..."}}. */
@JsonbPropertyOrder({"success", "data", "message"})
public record ApiResponse<T>(boolean success, T data, @JsonbNillable(false) String message) {

    public static <T> ApiResponse<T> of(T data) {
        return new ApiResponse<>(true, data, null);
    }

    public static <T> ApiResponse<T> of(T data, String message) {
        return new ApiResponse<>(true, data, message);
    }
}
