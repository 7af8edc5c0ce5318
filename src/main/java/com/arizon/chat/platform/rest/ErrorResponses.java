package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.api.BodyErrors;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.api.ErrorResponse;
import com.arizon.chat.platform.api.FieldError;
import com.arizon.chat.platform.api.RateLimitedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds REST error replies in the envelope. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(ChatException e) {
        Response.ResponseBuilder builder = of(e.code().httpStatus(), e.code(), e.getMessage(), e.details());
        if (e instanceof RateLimitedException limited) {
            builder.header("Retry-After", limited.retryAfterSeconds());
        }
        return builder.build();
    }

    /** {@link ChatException#from} as a REST reply; a body over the limit is answered 413. */
    public static Response from(Throwable e) {
        return of(ChatException.from(e), e);
    }

    static Response of(ChatException error, Throwable cause) {
        Response response = of(error);
        return BodyErrors.isTooLarge(cause) ? Response.fromResponse(response).status(413).build() : response;
    }

    public static Response of(int status, ErrorCode code, String message) {
        return of(status, code, message, List.of()).build();
    }

    private static Response.ResponseBuilder of(int status, ErrorCode code, String message, List<FieldError> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(code, message, details));
    }
}
