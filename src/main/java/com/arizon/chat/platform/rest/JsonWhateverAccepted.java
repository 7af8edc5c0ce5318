package com.arizon.chat.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The API answers JSON whatever the {@code Accept} header asks for (RFC 9110 lets a server disregard
 * it). Left to JAX-RS, an {@code Accept} without JSON would be refused with 406 while matching the
 * route, before the request's own answer (401 without a token, 404 for an unknown room) is known.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class JsonWhateverAccepted implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (!acceptsJson(request)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean acceptsJson(ContainerRequestContext request) {
        try {
            return request.getAcceptableMediaTypes().stream()
                    .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE));
        } catch (ProcessingException malformedHeader) {
            return false;
        }
    }
}
