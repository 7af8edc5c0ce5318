package com.arizon.chat.security.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.text.CleanText;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a verified token's claims into a {@link UserProfile}, the same way for MP JWT on REST and
 * for the real-time transports' own verifier. Claims are input, checked before anything is stored:
 * <ul>
 * <li>U+0000 or an unpaired surrogate in any claim read: {@code VALIDATION_ERROR} (contract 8.21);
 * <li>control characters or bidirectional overrides (see {@link CleanText#isPlain}) in the identifiers
 * ({@code sub}, the username, {@code email}) or display names: {@code UNAUTHORIZED};
 * <li>an identifier longer than its column: {@code UNAUTHORIZED} (cut, it would name someone else);
 * <li>display names longer than their column are cut to it; a {@code picture} that does not fit or
 * is not plain is left out (a link cut short points elsewhere, and an avatar is no reason to refuse
 * a user).
 * </ul>
 * Every refusal names the claim. Unknown groups are ignored; no known group means CLIENT.
 */
public final class TokenClaims {

    private TokenClaims() {
    }

    public static UserProfile profile(Function<String, String> claim, Collection<String> groups) {
        String subject = claim.apply("sub");
        if (isBlank(subject)) {
            throw lacks("sub");
        }
        subject = identifier("sub", subject, UserProfile.MAX_ID_LENGTH);
        String usernameClaim = isBlank(claim.apply("upn")) ? "preferred_username" : "upn";
        String username = claim.apply(usernameClaim);
        if (isBlank(username)) {
            throw lacks("upn");
        }
        username = identifier(usernameClaim, username, UserProfile.MAX_USERNAME_LENGTH);
        String email = identifier("email", claim.apply("email"), UserProfile.MAX_EMAIL_LENGTH);
        Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
        groups.forEach(group -> GlobalRole.parse(group).ifPresent(roles::add));
        return new UserProfile(subject, username, email, displayName("given_name", claim.apply("given_name")),
                displayName("family_name", claim.apply("family_name")), picture(claim.apply("picture")), roles);
    }

    private static String identifier(String name, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        requirePlain(name, value);
        if (CleanText.codePoints(value) > maxLength) {
            throw new ChatException(ErrorCode.UNAUTHORIZED,
                    "Token claim " + name + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static String displayName(String name, String value) {
        if (value == null) {
            return null;
        }
        requirePlain(name, value);
        return CleanText.cutToCodePoints(value, UserProfile.MAX_NAME_LENGTH);
    }

    private static String picture(String value) {
        if (value == null || !CleanText.isPlain(requireClean("picture", value))
                || CleanText.codePoints(value) > UserProfile.MAX_AVATAR_LENGTH) {
            return null;
        }
        return value;
    }

    private static void requirePlain(String name, String value) {
        if (!CleanText.isPlain(requireClean(name, value))) {
            throw new ChatException(ErrorCode.UNAUTHORIZED,
                    "Token claim " + name + " holds control characters or bidirectional overrides");
        }
    }

    private static String requireClean(String name, String value) {
        if (!CleanText.isClean(value)) {
            throw ChatException.validation(name, "contains U+0000 or an unpaired surrogate");
        }
        return value;
    }

    private static ChatException lacks(String name) {
        return new ChatException(ErrorCode.UNAUTHORIZED, "Token lacks the " + name + " claim");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
