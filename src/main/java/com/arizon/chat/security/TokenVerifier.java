package com.arizon.chat.security;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.user.UserProfile;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies tokens that do not come in an {@code Authorization} header (WebSocket query parameter,
 * Socket.IO {@code auth}, the {@code authenticate} event) with the same {@code mp.jwt.verify.*}
 * settings that MicroProfile JWT applies to REST: same key, issuer, algorithms and required claims.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Set<String> REQUIRED_CLAIMS = Set.of("iss", "sub", "exp", "iat", "jti");

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void configure() {
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256), keySource()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer.orElse(IssuerMode.issuer())).build(), REQUIRED_CLAIMS));
    }

    /** The verified token's user, or {@code UNAUTHORIZED} for anything untrusted, expired or malformed. */
    public UserProfile verify(String token) {
        if (token == null || token.isBlank()) {
            throw new ChatException(ErrorCode.UNAUTHORIZED, "Missing token");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (Exception e) {
            throw new ChatException(ErrorCode.UNAUTHORIZED, "Invalid token");
        }
        return TokenClaims.profile(name -> stringClaim(claims, name), groups(claims));
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : null;
    }

    private static List<String> groups(JWTClaimsSet claims) {
        try {
            List<String> groups = claims.getStringListClaim("groups");
            return groups == null ? List.of() : groups;
        } catch (ParseException notAList) {
            return List.of();
        }
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
