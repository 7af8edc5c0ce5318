package com.arizon.chat.security.control;

import com.arizon.chat.platform.Clock;
import com.arizon.chat.platform.Ids;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The built-in issuer: signs RS256 tokens carrying every claim MicroProfile JWT requires. */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    @ConfigProperty(name = "chat.token.ttl", defaultValue = "PT12H")
    Duration timeToLive;

    public IssuedToken issue(UserProfile user) {
        Instant now = Clock.now();
        Instant expiresAt = now.plus(timeToLive);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(IssuerMode.issuer())
                .subject(user.id())
                .claim("upn", user.username())
                .claim("preferred_username", user.username())
                .claim("email", user.email())
                .claim("given_name", user.firstName())
                .claim("family_name", user.lastName())
                .claim("groups", user.roles().stream().map(Enum::name).sorted().toList())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(Ids.next())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("built-in").build(), claims);
        try {
            jwt.sign(new RSASSASigner(SigningKeys.keyPair().getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), expiresAt);
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
