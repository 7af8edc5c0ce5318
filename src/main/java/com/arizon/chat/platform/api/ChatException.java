package com.arizon.chat.platform.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the caller can act on: carries the contract's error code and a human message. Every
 * transport maps it to its own error shape; it rolls back the transaction it escapes from.
 */
@ApplicationException(rollback = true)
public class ChatException extends RuntimeException {

    private final ErrorCode code;
    private final transient List<FieldError> details;

    public ChatException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public ChatException(ErrorCode code, String message, List<FieldError> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public static ChatException validation(String field, String message) {
        return new ChatException(ErrorCode.VALIDATION_ERROR, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> details() {
        return details;
    }
}
