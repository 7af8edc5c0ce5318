package com.arizon.chat.security;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.text.CleanText;
import com.arizon.chat.user.UserProfile;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a verified token's claims into a {@link UserProfile}, the same way for MP JWT on REST and
 * for the real-time transports' own verifier. Unknown groups are ignored; no known group means CLIENT.
 */
public final class TokenClaims {

    private TokenClaims() {
    }

    public static UserProfile profile(Function<String, String> claim, Collection<String> groups) {
        String subject = required(claim.apply("sub"), "sub");
        String username = claim.apply("upn");
        if (username == null || username.isBlank()) {
            username = claim.apply("preferred_username");
        }
        username = required(username, "upn");
        Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
        groups.forEach(group -> GlobalRole.parse(group).ifPresent(roles::add));
        return new UserProfile(subject, username, clean(claim.apply("email")), clean(claim.apply("given_name")),
                clean(claim.apply("family_name")), clean(claim.apply("picture")), roles);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new ChatException(ErrorCode.UNAUTHORIZED, "Token lacks the " + name + " claim");
        }
        return clean(value);
    }

    private static String clean(String value) {
        if (value != null && !CleanText.isClean(value)) {
            throw ChatException.validation("token", "a claim contains U+0000 or an unpaired surrogate");
        }
        return value;
    }
}
