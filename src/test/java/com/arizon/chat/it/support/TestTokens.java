package com.arizon.chat.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The external token issuer the shared server trusts: one RSA key pair per test JVM, its public key
 * written as PEM to the IT work directory, and tokens both valid and deliberately broken.
 */
public final class TestTokens {

    public static final String ISSUER = "https://it.arizon.test";

    private static final Duration LIFETIME = Duration.ofHours(1);
    // Far beyond any clock-skew allowance the verifier may grant.
    private static final Duration WELL_OUTSIDE_SKEW = Duration.ofHours(2);

    private static final KeyPair TRUSTED_KEY = generateRsaKeyPair();
    private static final String PUBLIC_KEY_PEM = toPem(TRUSTED_KEY);
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** The PEM file ({@code -----BEGIN PUBLIC KEY-----}) to hand the server as its verification key. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            Path file = ItSettings.workDir().resolve("it-jwt-public-key.pem");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, PUBLIC_KEY_PEM, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
            publicKeyFile = file;
        }
        return publicKeyFile;
    }

    /** The settings that make a server trust this issuer instead of running its built-in one. */
    public static Map<String, String> serverSettings() {
        // A URL: Payara reads the location as a class-path resource or a URL, not a path.
        return Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyFile().toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", ISSUER);
    }

    /** A valid RS256 token for the user, good for an hour. */
    public static String mint(TestUser user) {
        return mint(user, claims -> claims);
    }

    /** A token signed with the trusted key after {@code adjust} changed the standard claims. */
    public static String mint(TestUser user, UnaryOperator<JWTClaimsSet.Builder> adjust) {
        return signRs256(adjust.apply(standardClaims(user)).build(), TRUSTED_KEY.getPrivate());
    }

    /**
     * As {@link #mint(TestUser, UnaryOperator)}, with the claims written by {@link JsonText#ascii}:
     * an unpaired surrogate in a claim reaches the server as its JSON escape instead of being
     * replaced while the claims are encoded as UTF-8.
     */
    public static String mintEscaped(TestUser user, UnaryOperator<JWTClaimsSet.Builder> adjust) {
        String claims = JsonText.ascii(adjust.apply(standardClaims(user)).build().toString());
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                new Payload(claims));
        try {
            jws.sign(new RSASSASigner(TRUSTED_KEY.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign test token", e);
        }
        return jws.serialize();
    }

    public static String expired(TestUser user) {
        Instant past = Instant.now().minus(WELL_OUTSIDE_SKEW);
        return mint(user, claims -> claims
                .issueTime(Date.from(past.minus(LIFETIME)))
                .expirationTime(Date.from(past)));
    }

    /** Carries {@code nbf} two hours ahead; otherwise valid. */
    public static String notYetValid(TestUser user) {
        Instant future = Instant.now().plus(WELL_OUTSIDE_SKEW);
        return mint(user, claims -> claims
                .notBeforeTime(Date.from(future))
                .expirationTime(Date.from(future.plus(LIFETIME))));
    }

    public static String wrongIssuer(TestUser user) {
        return mint(user, claims -> claims.issuer("https://evil.example.test"));
    }

    public static String missingJti(TestUser user) {
        return mint(user, claims -> claims.jwtID(null));
    }

    /** Well-formed and RS256-signed, but by a key the server does not trust. */
    public static String signedByOtherKey(TestUser user) {
        return signRs256(standardClaims(user).build(), OtherKey.PRIVATE_KEY);
    }

    /** {@code alg: none}: header and claims with an empty signature, built by hand. */
    public static String unsigned(TestUser user) {
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = standardClaims(user).build().toString();
        return base64Url(header) + "." + base64Url(payload) + ".";
    }

    /**
     * The algorithm-confusion attack: HS256 with the server's public key (the PEM text, as an
     * attacker would download it) used as the HMAC secret.
     */
    public static String hs256WithPublicKey(TestUser user) {
        try {
            return sign(standardClaims(user).build(), JWSAlgorithm.HS256,
                    new MACSigner(PUBLIC_KEY_PEM.getBytes(StandardCharsets.US_ASCII)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder standardClaims(TestUser user) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.id())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("upn", user.username())
                .claim("preferred_username", user.username())
                .claim("email", user.email())
                .claim("given_name", user.firstName())
                .claim("family_name", user.lastName())
                .claim("groups", user.groups());
    }

    private static String signRs256(JWTClaimsSet claims, PrivateKey key) {
        return sign(claims, JWSAlgorithm.RS256, new RSASSASigner(key));
    }

    private static String sign(JWTClaimsSet claims, JWSAlgorithm algorithm, JWSSigner signer) {
        JWSHeader header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign test token", e);
        }
        return jwt.serialize();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String toPem(KeyPair keyPair) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keyPair.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    private static KeyPair generateRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Created only when a test first asks for a foreign signature. */
    private static final class OtherKey {
        static final PrivateKey PRIVATE_KEY = generateRsaKeyPair().getPrivate();
    }
}
