package com.arizon.chat.platform.api;

import com.arizon.chat.platform.Ids;
import jakarta.ejb.ApplicationException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A refusal the caller can act on: carries the contract's error code and a human message. Every
 * transport maps it to its own error shape; it rolls back the transaction it escapes from.
 */
@ApplicationException(rollback = true)
public class ChatException extends RuntimeException {

    private static final Logger LOG = Logger.getLogger(ChatException.class.getName());

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

    /**
     * The contract's error for whatever a service, Bean Validation or JSON-B threw, however wrapped
     * (EJB, CDI, a completion): the same code and message on REST, native WebSocket and Socket.IO.
     * A refusal keeps its code, a validation failure becomes {@code VALIDATION_ERROR} naming the
     * fields, an unreadable body says why; anything else is logged under a reference and answered
     * {@code INTERNAL_ERROR} without internals.
     */
    public static ChatException from(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChatException chat) {
                return chat;
            }
            if (cause instanceof ConstraintViolationException violations) {
                return ConstraintViolations.toChatException(violations);
            }
            if (cause instanceof JsonbException || cause instanceof PayloadTooLargeException) {
                return BodyErrors.toChatException(cause);
            }
        }
        return unexpected(e);
    }

    /** {@code INTERNAL_ERROR} for a failure with no meaning to the caller, logged under the reference it names. */
    public static ChatException unexpected(Throwable e) {
        String reference = Ids.next();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
        return new ChatException(ErrorCode.INTERNAL_ERROR, "Unexpected error; reference " + reference);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> details() {
        return details;
    }
}
