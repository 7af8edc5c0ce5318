package com.arizon.chat.security.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The REST caller, from the token the bearer token filter verified; provisioned on first use per
 * request.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    CallerFactory callers;

    private VerifiedToken token;
    private Caller caller;

    /** Called by the bearer token filter once it has verified the request's token. */
    public void authenticated(VerifiedToken verifiedToken) {
        token = verifiedToken;
    }

    public boolean isAuthenticated() {
        return token != null;
    }

    public Caller get() {
        if (caller == null) {
            if (token == null) {
                throw new ChatException(ErrorCode.UNAUTHORIZED, "Authentication required");
            }
            caller = callers.signedIn(token.profile());
        }
        return caller;
    }
}
