package com.arizon.chat.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.api.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each claim may hold before it becomes a user row. */
class TokenClaimsTest {

    private static final String FACE = "\uD83D\uDE00";

    @Test
    void ordinaryClaimsBecomeTheProfile() {
        UserProfile profile = profile(claims());

        assertThat(profile).isEqualTo(new UserProfile("user-1", "alice", "alice@example.test", "Alice", "Liddell",
                "https://example.test/alice.png", Set.of(GlobalRole.CLIENT)));
    }

    @Test
    void identifiersMayFillTheirColumns() {
        Map<String, String> claims = claims();
        claims.put("sub", "s".repeat(128));
        claims.put("upn", FACE.repeat(100));
        claims.put("email", "e".repeat(307) + "@example.test");

        UserProfile profile = profile(claims);

        assertThat(profile.id()).hasSize(128);
        assertThat(profile.username()).isEqualTo(FACE.repeat(100));
        assertThat(profile.email()).hasSize(320);
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"sub, 129, 128", "upn, 101, 100", "email, 321, 320"})
    void identifiersLongerThanTheirColumnRefuseTheToken(String claim, int length, int limit) {
        Map<String, String> claims = claims();
        claims.put(claim, "x".repeat(length));

        assertUnauthorized(claims, "Token claim " + claim + " is longer than " + limit + " characters");
    }

    @Test
    void preferredUsernameIsNamedWhenItIsTheUsername() {
        Map<String, String> claims = claims();
        claims.remove("upn");
        claims.put("preferred_username", "p".repeat(1000));

        assertUnauthorized(claims, "Token claim preferred_username is longer than 100 characters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sub", "upn", "email", "given_name", "family_name"})
    void controlCharactersAndBidiOverridesRefuseTheToken(String claim) {
        for (String bad : List.of("bell\u0007", "line\nbreak", "abc\u202Egnp", "c1\u0085", "iso\u2066late")) {
            Map<String, String> claims = claims();
            claims.put(claim, bad);

            assertUnauthorized(claims, "Token claim " + claim + " holds control characters or bidirectional overrides");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sub", "upn", "email", "given_name", "family_name", "picture"})
    void nulAndUnpairedSurrogatesAreValidationErrorsNamingTheClaim(String claim) {
        for (String bad : List.of("nul\u0000", "lone\uD800")) {
            Map<String, String> claims = claims();
            claims.put(claim, bad);

            assertThatThrownBy(() -> profile(claims))
                    .isInstanceOfSatisfying(ChatException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                        assertThat(e.details()).extracting(FieldError::field).containsExactly(claim);
                    });
        }
    }

    @Test
    void displayNamesAreCutToTheirColumnWithoutSplittingSurrogatePairs() {
        Map<String, String> claims = claims();
        claims.put("given_name", "Ä" + FACE.repeat(150));
        claims.put("family_name", "f".repeat(1000));

        UserProfile profile = profile(claims);

        assertThat(profile.firstName()).isEqualTo("Ä" + FACE.repeat(99));
        assertThat(profile.lastName()).isEqualTo("f".repeat(100));
    }

    @Test
    void aPictureThatDoesNotFitOrIsNotPlainIsLeftOut() {
        Map<String, String> claims = claims();
        claims.put("picture", "https://example.test/" + "p".repeat(2048));
        assertThat(profile(claims).avatar()).isNull();

        claims.put("picture", "https://example.test/\u202Egnp.exe");
        assertThat(profile(claims).avatar()).isNull();
    }

    @Test
    void missingIdentifiersStillRefuseTheToken() {
        Map<String, String> noSubject = claims();
        noSubject.remove("sub");
        assertUnauthorized(noSubject, "Token lacks the sub claim");

        Map<String, String> noUsername = claims();
        noUsername.remove("upn");
        noUsername.put("preferred_username", " ");
        assertUnauthorized(noUsername, "Token lacks the upn claim");
    }

    @Test
    void unknownAndOverLongGroupsAreIgnored() {
        UserProfile profile = TokenClaims.profile(claims()::get, List.of("ADMIN", "G".repeat(10_000), "admin\u202E"));

        assertThat(profile.roles()).containsExactly(GlobalRole.ADMIN);
    }

    private static Map<String, String> claims() {
        Map<String, String> claims = new HashMap<>();
        claims.put("sub", "user-1");
        claims.put("upn", "alice");
        claims.put("email", "alice@example.test");
        claims.put("given_name", "Alice");
        claims.put("family_name", "Liddell");
        claims.put("picture", "https://example.test/alice.png");
        return claims;
    }

    private static UserProfile profile(Map<String, String> claims) {
        return TokenClaims.profile(claims::get, List.of());
    }

    private static void assertUnauthorized(Map<String, String> claims, String message) {
        assertThatThrownBy(() -> profile(claims))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
