package com.arizon.chat.platform.api;

/** One entry of an error's {@code details}: which field is wrong and why. */
public record FieldError(String field, String message) {
}
