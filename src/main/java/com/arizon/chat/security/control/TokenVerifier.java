package com.arizon.chat.security.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies tokens for every transport (REST's {@code Authorization} header, the WebSocket query
 * parameter, Socket.IO's {@code auth} and {@code authenticate} event) with MicroProfile JWT's
 * {@code mp.jwt.verify.*} settings: key, issuer, audiences, and the claims MP JWT requires.
 * <p>
 * A verified token is remembered until it expires (at most {@value #REMEMBERED_MINUTES} minutes, so
 * a rotated key takes effect within them): a client sends the same token with every request, and
 * parsing and verifying its signature each time cost a quarter of a REST read's CPU. Only tokens
 * that passed are remembered, by their exact text.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Set<String> REQUIRED_CLAIMS = Set.of("iss", "sub", "exp", "iat", "jti");
    private static final long REMEMBERED_MINUTES = 5;
    private static final Duration REMEMBERED_AT_MOST = Duration.ofMinutes(REMEMBERED_MINUTES);

    private final Cache<String, VerifiedToken> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfter(Expiry.creating((String token, VerifiedToken verifiedToken) -> rememberedFor(verifiedToken)))
            .build();

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<String> audiences;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void configure() {
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256), keySource()));
        // A mutable set: nimbus asks it whether it contains null, which Set.of answers with an exception
        Set<String> acceptedAudiences = audiences
                .map(list -> new HashSet<>(Arrays.asList(list.strip().split("\\s*,\\s*"))))
                .orElse(null);
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(acceptedAudiences,
                new JWTClaimsSet.Builder().issuer(issuer.orElse(IssuerMode.issuer())).build(), REQUIRED_CLAIMS, null));
    }

    /** The verified token, or {@code UNAUTHORIZED} for anything untrusted, expired or malformed. */
    public VerifiedToken verified(String token) {
        if (token == null || token.isBlank()) {
            throw new ChatException(ErrorCode.UNAUTHORIZED, "Missing token");
        }
        VerifiedToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        VerifiedToken checked;
        try {
            checked = new VerifiedToken(processor.process(token, null));
        } catch (Exception e) {
            throw new ChatException(ErrorCode.UNAUTHORIZED, "Invalid token");
        }
        verified.put(token, checked);
        return checked;
    }

    /** The verified token's user; refusals as {@link #verified} and {@link VerifiedToken#profile}. */
    public UserProfile verify(String token) {
        return verified(token).profile();
    }

    private static Duration rememberedFor(VerifiedToken token) {
        Duration untilExpiry = Duration.between(Instant.now(), token.expiresAt());
        return untilExpiry.isNegative() ? Duration.ZERO
                : untilExpiry.compareTo(REMEMBERED_AT_MOST) < 0 ? untilExpiry : REMEMBERED_AT_MOST;
    }

    private JWKSource<SecurityContext> keySource() {
        try {
            if (publicKey.isPresent()) {
                return VerificationKeys.source(publicKey.get());
            }
            String location = publicKeyLocation.orElseThrow(() ->
                    new IllegalStateException("Neither mp.jwt.verify.publickey nor its location is configured"));
            if (location.startsWith("http://") || location.startsWith("https://")) {
                return JWKSourceBuilder.create(URI.create(location).toURL()).build();
            }
            Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
            return VerificationKeys.source(Files.readString(path));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read the token verification key", e);
        }
    }

    /** Keys given as PEM public keys or as a JWK set. */
    static final class VerificationKeys {

        private VerificationKeys() {
        }

        /**
         * A JWK set is matched by key id as usual. A PEM key has no id, so it verifies tokens
         * whatever {@code kid} their header names (the built-in issuer's tokens name one, as do
         * most identity providers'), as MicroProfile JWT does with a PEM key.
         */
        static JWKSource<SecurityContext> source(String text) throws ParseException {
            String trimmed = text.trim();
            if (trimmed.startsWith("{")) {
                return new ImmutableJWKSet<>(trimmed.contains("\"keys\"") ? JWKSet.parse(trimmed)
                        : new JWKSet(JWK.parse(trimmed)));
            }
            List<JWK> pemKey = List.of(PemPublicKeys.toJwk(trimmed));
            return (selector, context) -> pemKey;
        }
    }
}
