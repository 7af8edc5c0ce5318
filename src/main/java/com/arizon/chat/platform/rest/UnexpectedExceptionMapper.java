package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.api.ChatException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The last resort. Unwraps container wrappers around the exceptions that have their own meaning
 * ({@link ChatException#from}, as on the real-time transports); anything else is logged under a
 * reference id and answered without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
        }
        return ErrorResponses.from(e);
    }
}
