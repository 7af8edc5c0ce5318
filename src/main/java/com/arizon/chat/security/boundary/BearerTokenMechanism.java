package com.arizon.chat.security.boundary;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.security.control.TokenVerifier;
import com.arizon.chat.security.control.VerifiedToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * REST authentication by a bearer token, verified as every transport verifies tokens
 * ({@link TokenVerifier}: MicroProfile JWT's {@code mp.jwt.verify.*} settings) and remembered until
 * it expires. It stands in for MicroProfile JWT's own mechanism, which parsed and verified the same
 * token again on every request. The token's groups are the caller's container roles; a request
 * without a bearer token goes on unauthenticated, one with an untrusted token is answered 401.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    TokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return context.doNothing();
        }
        VerifiedToken token;
        try {
            token = verifier.verified(authorization.substring(BEARER.length()).strip());
        } catch (ChatException untrusted) {
            return context.responseUnauthorized();
        }
        return context.notifyContainerAboutLogin(token, Set.copyOf(token.groups()));
    }
}
