package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.Ids;
import com.arizon.chat.platform.api.BodyErrors;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ConstraintViolations;
import com.arizon.chat.platform.api.ErrorCode;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort. Unwraps container wrappers around the exceptions that have their own meaning;
 * anything else is logged under a reference id and answered without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ChatException chat) {
                return ErrorResponses.of(chat);
            }
            if (cause instanceof ConstraintViolationException violations) {
                return ErrorResponses.of(ConstraintViolations.toChatException(violations));
            }
            if (cause instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
        }
        if (BodyErrors.isTooLarge(e)) {
            return BodyReadingExceptionMapper.toResponse(e);
        }
        return logged(e);
    }

    static Response logged(Throwable e) {
        String reference = Ids.next();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
        return ErrorResponses.of(500, ErrorCode.INTERNAL_ERROR, "Unexpected error; reference " + reference);
    }
}
