package com.arizon.chat.security;

import com.arizon.chat.user.UserProfile;
import com.nimbusds.jwt.JWTClaimsSet;
import java.security.Principal;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;

/**
 * A token whose signature, issuer and dates {@link TokenVerifier} checked: the REST caller's
 * principal, and what the real-time transports sign in with. Immutable, so one instance serves every
 * request that carries the same token until it expires.
 */
public final class VerifiedToken implements Principal {

    private final JWTClaimsSet claims;
    private volatile UserProfile profile;

    VerifiedToken(JWTClaimsSet claims) {
        this.claims = claims;
    }

    /** The subject: who the token speaks for. */
    @Override
    public String getName() {
        return claims.getSubject();
    }

    public Instant expiresAt() {
        return claims.getExpirationTime().toInstant();
    }

    public List<String> groups() {
        try {
            List<String> groups = claims.getStringListClaim("groups");
            return groups == null ? List.of() : groups;
        } catch (ParseException notAList) {
            return List.of();
        }
    }

    /** The user the claims describe, read on first use; refused as {@link TokenClaims} refuses claims. */
    public UserProfile profile() {
        UserProfile read = profile;
        if (read == null) {
            read = TokenClaims.profile(this::textClaim, groups());
            profile = read;
        }
        return read;
    }

    private String textClaim(String name) {
        return claims.getClaim(name) instanceof String text ? text : null;
    }
}
