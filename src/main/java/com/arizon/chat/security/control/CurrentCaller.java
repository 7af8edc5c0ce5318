package com.arizon.chat.security.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The REST caller, from the token the bearer token mechanism verified (the request's principal);
 * provisioned on first use per request.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    @Inject
    CallerFactory callers;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            if (!(request.getUserPrincipal() instanceof VerifiedToken token)) {
                throw new ChatException(ErrorCode.UNAUTHORIZED, "Authentication required");
            }
            caller = callers.signedIn(token.profile());
        }
        return caller;
    }
}
