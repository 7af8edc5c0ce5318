package com.arizon.chat.platform.rest;

import com.arizon.chat.platform.api.BodyErrors;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What JAX-RS itself refuses (unknown route, wrong method, unreadable body, ...) in the envelope. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = BodyErrors.isTooLarge(e) ? 413 : e.getResponse().getStatus();
        Response refusal = switch (status) {
            case 401 -> ErrorResponses.of(401, ErrorCode.UNAUTHORIZED, "Authentication required");
            case 403 -> isAnonymous()
                    ? ErrorResponses.of(401, ErrorCode.UNAUTHORIZED, "Authentication required")
                    : ErrorResponses.of(403, ErrorCode.FORBIDDEN, "You may not do this");
            case 404 -> ErrorResponses.of(404, ErrorCode.NOT_FOUND, "No such resource");
            case 405 -> ErrorResponses.of(405, ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed here");
            case 413 -> BodyReadingExceptionMapper.toResponse(e);
            case 415 -> ErrorResponses.of(415, ErrorCode.VALIDATION_ERROR, "Send the body as application/json");
            case 400 -> BodyReadingExceptionMapper.toResponse(e);
            default -> status < 500
                    ? ErrorResponses.of(status, ErrorCode.VALIDATION_ERROR, "Request refused")
                    : ErrorResponses.of(ChatException.unexpected(e));
        };
        if (status == 405) {
            return Response.fromResponse(refusal).allow(e.getResponse().getAllowedMethods()).build();
        }
        return refusal;
    }

    private boolean isAnonymous() {
        return security == null || security.getUserPrincipal() == null;
    }
}
