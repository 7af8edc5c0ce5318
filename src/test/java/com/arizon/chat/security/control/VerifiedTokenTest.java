package com.arizon.chat.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedTokenTest {

    private static final Date EXPIRY = new Date(4_102_444_800_000L);

    @Test
    void everythingStaysReadableAfterTheProfileWasRead() {
        VerifiedToken token = new VerifiedToken(new JWTClaimsSet.Builder().subject("u-1").claim("upn", "alice")
                .claim("given_name", "Alice").claim("groups", List.of("USER", "ADMIN")).expirationTime(EXPIRY).build());

        assertThat(token.profile().username()).isEqualTo("alice");
        assertThat(token.profile()).as("read once, then remembered").isSameAs(token.profile());
        assertThat(token.profile().firstName()).isEqualTo("Alice");
        assertThat(token.getName()).isEqualTo("u-1");
        assertThat(token.groups()).containsExactly("USER", "ADMIN");
        assertThat(token.expiresAt()).isEqualTo(EXPIRY.toInstant());
    }

    @Test
    void groupsThatAreNotAListAreNone() {
        VerifiedToken token = new VerifiedToken(new JWTClaimsSet.Builder().subject("u-1").claim("groups", 7)
                .expirationTime(EXPIRY).build());

        assertThat(token.groups()).isEmpty();
    }
}
