package com.arizon.chat.platform.corpus;

import com.arizon.chat.platform.corpus.BadValues.Expect;
import com.arizon.chat.platform.corpus.BadValues.Odd;
import com.nimbusds.jwt.JWTClaimsSet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Odd claims in validly signed tokens: odd strings and wrong types in every claim that becomes part of
 * a user, and odd registered and custom claims. Over-long claims, U+0000 and the control characters
 * that {@code TokenClaimsIT} pins one by one are left to it.
 */
final class Claims {

    /** Claims stored as the user's identity or name: refused when not plain text. */
    private static final List<String> PLAIN_CLAIMS = List.of("sub", "upn", "email", "given_name", "family_name");
    private static final List<String> ODD_LABELS = List.of("unpaired high surrogate", "bidi isolate",
            "noncharacters", "4-byte emoji", "combining marks", "right-to-left text");

    private Claims() {
    }

    /** A token's claims changed by {@code adjust}, and what the server must make of it on every transport. */
    record ClaimCase(String label, UnaryOperator<JWTClaimsSet.Builder> adjust, Expect expect) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<ClaimCase> cases() {
        List<ClaimCase> cases = new ArrayList<>();
        List<Odd> odd = BadValues.oddStrings().stream().filter(value -> ODD_LABELS.contains(value.label())).toList();
        for (String claim : Stream.concat(PLAIN_CLAIMS.stream(), Stream.of("picture")).toList()) {
            for (Odd value : odd) {
                // a sub names a user that stays in the shared database: unique, so no other case finds it
                String text = claim.equals("sub") ? value.value() + UUID.randomUUID() : value.value();
                cases.add(new ClaimCase(claim + " " + value.label(), set(claim, text), expect(claim, value)));
            }
            for (Object wrong : List.of(42, Map.of("a", 1))) {
                cases.add(new ClaimCase(claim + " as " + wrong, set(claim, wrong), Expect.ANY));
            }
        }
        cases.add(new ClaimCase("groups as a string", set("groups", "ADMIN"), Expect.ANY));
        cases.add(new ClaimCase("groups of numbers and objects", set("groups", List.of(1, Map.of("role", "ADMIN"))),
                Expect.ANY));
        cases.add(new ClaimCase("1,000 groups", set("groups", Collections.nCopies(1_000, "SUPPORT")), Expect.ANY));
        cases.add(new ClaimCase("groups with an unpaired surrogate", set("groups", List.of("ADMIN\uD800")), Expect.ANY));
        cases.add(new ClaimCase("exp as text", set("exp", "tomorrow"), Expect.refused("UNAUTHORIZED")));
        cases.add(new ClaimCase("exp in the year 33658", set("exp", 1_000_000_000_000L), Expect.ANY));
        cases.add(new ClaimCase("iat a day ahead", claims -> claims.issueTime(new Date(System.currentTimeMillis()
                + 86_400_000L)), Expect.ANY));
        cases.add(new ClaimCase("nbf as text", set("nbf", "now"), Expect.ANY));
        cases.add(new ClaimCase("jti of 3,000 characters", set("jti", "j".repeat(3_000)), Expect.ANY));
        cases.add(new ClaimCase("jti as a number", set("jti", 7), Expect.ANY));
        cases.add(new ClaimCase("aud of odd values", set("aud", List.of("\uD83D\uDE00", "a\u202Eb")), Expect.ANY));
        cases.add(new ClaimCase("custom claim of 12 KiB", set("x-note", "n".repeat(12 * 1024)), Expect.ANY));
        cases.add(new ClaimCase("custom claim nested 200 deep", set("x-deep", nested(200)), Expect.ANY));
        return cases;
    }

    private static Expect expect(String claim, Odd value) {
        if (value.nulOrSurrogate()) {
            return Expect.INVALID;
        }
        return value.notPlain() && PLAIN_CLAIMS.contains(claim) ? Expect.refused("UNAUTHORIZED") : Expect.ANY;
    }

    private static UnaryOperator<JWTClaimsSet.Builder> set(String claim, Object value) {
        return claims -> claims.claim(claim, value);
    }

    private static Object nested(int depth) {
        Object value = "bottom";
        for (int i = 0; i < depth; i++) {
            value = Map.of("a", value);
        }
        return value;
    }
}
