package com.arizon.chat.security;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.user.UserProfile;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.time.Instant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The REST caller, from the token MicroProfile JWT verified; provisioned on first use per request.
 * The token is the request's principal: read there, not injected, because Payara's
 * {@code JsonWebToken} bean looks the bean manager up in a new JNDI context for every request.
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
            if (!(request.getUserPrincipal() instanceof JsonWebToken jwt) || jwt.getRawToken() == null
                    || jwt.getSubject() == null) {
                throw new ChatException(ErrorCode.UNAUTHORIZED, "Authentication required");
            }
            if (isNotYetValid(jwt)) {
                throw new ChatException(ErrorCode.UNAUTHORIZED, "Token not valid yet");
            }
            UserProfile profile = TokenClaims.profile(name -> textClaim(jwt, name), jwt.getGroups());
            caller = callers.signedIn(profile);
        }
        return caller;
    }

    /** Payara's MP JWT checks {@code exp} but not {@code nbf}. */
    private static boolean isNotYetValid(JsonWebToken jwt) {
        Object notBefore = jwt.getClaim("nbf");
        long seconds;
        if (notBefore instanceof JsonNumber number) {
            seconds = number.longValue();
        } else if (notBefore instanceof Number number) {
            seconds = number.longValue();
        } else {
            return false;
        }
        return seconds > Instant.now().getEpochSecond();
    }

    /** MP JWT hands out standard claims as String and others as JSON-P values; both read as text. */
    private static String textClaim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value instanceof String text ? text : null;
    }
}
