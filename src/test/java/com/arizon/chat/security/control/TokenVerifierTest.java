package com.arizon.chat.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.platform.api.ChatException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens outside an Authorization header (WebSocket, Socket.IO) verified against a PEM key. */
class TokenVerifierTest {

    private static final String ISSUER = "https://issuer.test";

    private static RSAKey signingKey;
    private static RSAKey otherKey;

    @BeforeAll
    static void generateKeys() throws JOSEException {
        signingKey = new RSAKeyGenerator(2048).generate();
        otherKey = new RSAKeyGenerator(2048).generate();
    }

    @Test
    void pemKeyVerifiesTokensWhateverKeyIdTheyName() throws JOSEException {
        TokenVerifier verifier = verifierFor(signingKey);

        assertThat(verifier.verify(token(signingKey, "built-in")).username()).isEqualTo("alice");
        assertThat(verifier.verify(token(signingKey, null)).username()).isEqualTo("alice");
    }

    @Test
    void pemKeyStillRefusesTokensSignedByAnotherKey() throws JOSEException {
        TokenVerifier verifier = verifierFor(signingKey);

        assertThatThrownBy(() -> verifier.verify(token(otherKey, "built-in"))).isInstanceOf(ChatException.class);
    }

    @Test
    void aVerifiedTokenIsRememberedByItsText() throws JOSEException {
        TokenVerifier verifier = verifierFor(signingKey);
        String token = token(signingKey, null);

        assertThat(verifier.verified(token)).isSameAs(verifier.verified(token));
        assertThat(verifier.verified(token(signingKey, null))).isNotSameAs(verifier.verified(token));
    }

    @Test
    void configuredAudiencesAreRequired() throws JOSEException {
        TokenVerifier verifier = verifierFor(signingKey, Optional.of("chat, other"));

        assertThat(verifier.verify(token(signingKey, null, "other")).username()).isEqualTo("alice");
        assertThatThrownBy(() -> verifier.verify(token(signingKey, null, "elsewhere"))).isInstanceOf(ChatException.class);
        assertThatThrownBy(() -> verifier.verify(token(signingKey, null))).isInstanceOf(ChatException.class);
    }

    private static TokenVerifier verifierFor(RSAKey key) throws JOSEException {
        return verifierFor(key, Optional.empty());
    }

    private static TokenVerifier verifierFor(RSAKey key, Optional<String> audiences) throws JOSEException {
        TokenVerifier verifier = new TokenVerifier();
        verifier.publicKey = Optional.of(pem(key));
        verifier.publicKeyLocation = Optional.empty();
        verifier.issuer = Optional.of(ISSUER);
        verifier.audiences = audiences;
        verifier.configure();
        return verifier;
    }

    private static String pem(RSAKey key) throws JOSEException {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static String token(RSAKey key, String keyId) throws JOSEException {
        return token(key, keyId, null);
    }

    private static String token(RSAKey key, String keyId, String audience) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience(audience)
                .issuer(ISSUER)
                .subject(UUID.randomUUID().toString())
                .claim("upn", "alice")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
