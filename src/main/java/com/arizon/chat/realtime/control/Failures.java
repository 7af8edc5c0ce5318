package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.Ids;
import com.arizon.chat.platform.api.BodyErrors;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ConstraintViolations;
import com.arizon.chat.platform.api.ErrorCode;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns whatever a service threw into the contract's error, as REST's exception mappers do:
 * rule failures keep their code, validation failures become {@code VALIDATION_ERROR} naming the
 * fields, and anything unexpected is logged under a reference and answered without internals.
 */
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    static ChatException toChatException(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChatException chat) {
                return chat;
            }
            if (cause instanceof ConstraintViolationException violations) {
                return ConstraintViolations.toChatException(violations);
            }
            if (cause instanceof JsonbException) {
                return BodyErrors.toChatException(cause);
            }
        }
        String reference = Ids.next();
        LOG.log(Level.SEVERE, "Unexpected failure in a real-time event, reference " + reference, e);
        return new ChatException(ErrorCode.INTERNAL_ERROR, "Unexpected failure, reference " + reference);
    }
}
