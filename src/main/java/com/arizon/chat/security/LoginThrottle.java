package com.arizon.chat.security;

import com.arizon.chat.platform.api.RateLimitedException;
import com.arizon.chat.platform.metrics.ChatMetrics;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one username, or from one
 * address, within {@link #WINDOW}, further attempts answer 429 until the window has passed.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);

    @Inject
    ChatMetrics metrics;

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(200_000)
            .build();

    public void checkAllowed(String username, String address) {
        if (count(userKey(username)) >= MAX_FAILURES || count(addressKey(address)) >= MAX_FAILURES) {
            metrics.rateLimited(ChatMetrics.Limit.LOGIN);
            throw new RateLimitedException("Too many failed logins; try again later", WINDOW);
        }
    }

    public void recordFailure(String username, String address) {
        increment(userKey(username));
        increment(addressKey(address));
    }

    public void recordSuccess(String username) {
        failures.invalidate(userKey(username));
    }

    private int count(String key) {
        AtomicInteger count = failures.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    private void increment(String key) {
        // Re-putting restarts the window from the latest failure.
        AtomicInteger count = failures.get(key, k -> new AtomicInteger());
        count.incrementAndGet();
        failures.put(key, count);
    }

    private static String userKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
