package com.arizon.chat.security.boundary;

import com.arizon.chat.security.control.CurrentCaller;
import com.arizon.chat.security.control.TokenVerifier;
import com.arizon.chat.security.control.VerifiedToken;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * REST authentication by a bearer token, verified as every transport verifies tokens
 * ({@link TokenVerifier}: MicroProfile JWT's {@code mp.jwt.verify.*} settings) and remembered until
 * it expires. The token's groups are the caller's roles for {@code @RolesAllowed}; a request without
 * a bearer token goes on unauthenticated (what needs a caller answers 401), one with an untrusted
 * token is answered 401 here. Pre-matching, so that the REST rate limit after it counts the user.
 *
 * <p>A JAX-RS filter rather than a Jakarta Security authentication mechanism: with a mechanism, every
 * request went through the container's JASPIC bridge, which looks the mechanism up through JNDI twice
 * per request (a failed look-up and its exception included), 9-13% of the server's CPU for a warm
 * room list or history page.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    TokenVerifier verifier;

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        VerifiedToken token = verifier.verified(authorization.substring(BEARER.length()).strip());
        caller.authenticated(token);
        request.setSecurityContext(new TokenSecurityContext(token, request.getSecurityContext().isSecure()));
    }

    private record TokenSecurityContext(VerifiedToken token, boolean isSecure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return token;
        }

        @Override
        public boolean isUserInRole(String role) {
            return token.groups().contains(role);
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
