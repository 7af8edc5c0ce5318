package com.arizon.chat.user.control;

import com.arizon.chat.platform.Clock;
import com.arizon.chat.security.control.UserProfile;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Just-in-time provisioning: the users table follows the claims of every authenticated request. A
 * profile already written recently and unchanged costs no query.
 */
@ApplicationScoped
public class UserProvisioning {

    private final Cache<String, UserProfile> written = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    @Inject
    UserWriter writer;

    public void provision(UserProfile profile) {
        if (profile.equals(written.getIfPresent(profile.id()))) {
            return;
        }
        try {
            writer.upsert(profile, Clock.now());
        } catch (RuntimeException concurrentFirstInsert) {
            // Two first requests of a new user raced to insert; the row exists now, so update it.
            writer.upsert(profile, Clock.now());
        }
        written.put(profile.id(), profile);
    }

    /** Forgets what was written, for a user whose row changed behind provisioning's back. */
    public void forget(String userId) {
        written.invalidate(userId);
    }
}
