package com.arizon.chat.security.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.security.Principal;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A token whose signature, issuer and dates {@link TokenVerifier} checked: the REST caller's
 * principal, and what the real-time transports sign in with. Immutable, so one instance serves every
 * request that carries the same token until it expires.
 */
public final class VerifiedToken implements Principal {

    private final String subject;
    private final Date expiry;
    private final List<String> groups;
    // The other claims matter only for the profile; they are let go once it is read (a cached token
    // is held for minutes, and its claims set is a kilobyte or two).
    private volatile JWTClaimsSet claims;
    private volatile UserProfile profile;

    VerifiedToken(JWTClaimsSet claims) {
        this.subject = claims.getSubject();
        this.expiry = claims.getExpirationTime();
        this.groups = groups(claims);
        this.claims = claims;
    }

    /** The subject: who the token speaks for. */
    @Override
    public String getName() {
        return subject;
    }

    public Instant expiresAt() {
        return expiry.toInstant();
    }

    public List<String> groups() {
        return groups;
    }

    /** The user the claims describe, read on first use; refused as {@link TokenClaims} refuses claims. */
    public UserProfile profile() {
        JWTClaimsSet source = claims; // read before the profile: null only once the profile is set
        UserProfile read = profile;
        if (read == null) {
            read = TokenClaims.profile(name -> source.getClaim(name) instanceof String text ? text : null, groups);
            profile = read;
            claims = null;
        }
        return read;
    }

    private static List<String> groups(JWTClaimsSet claims) {
        try {
            List<String> groups = claims.getStringListClaim("groups");
            return groups == null ? List.of() : groups;
        } catch (ParseException notAList) {
            return List.of();
        }
    }
}
