package com.arizon.chat.security.control;

import com.arizon.chat.platform.api.RateLimitedException;
import com.arizon.chat.platform.cluster.DataGrid;
import com.arizon.chat.platform.metrics.ChatMetrics;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one username, or from one
 * address, within {@link #WINDOW}, further attempts answer 429 until the window has passed. On a
 * data grid the failures are counted for the whole cluster, so guesses spread over instances count
 * alike.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String GRID_MAP = "arizon-chat.login-failures";

    @Inject
    DataGrid grid;

    @Inject
    ChatMetrics metrics;

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(200_000)
            .build();

    /** The cluster's failure counts, each kept for the window after its latest failure; null on a single instance. */
    private IMap<String, Integer> shared;

    @PostConstruct
    void configure() {
        if (grid.clustered()) {
            shared = grid.hazelcast().getMap(GRID_MAP);
        }
    }

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
        if (shared != null) {
            shared.delete(userKey(username));
        } else {
            failures.invalidate(userKey(username));
        }
    }

    private int count(String key) {
        if (shared != null) {
            Integer count = shared.get(key);
            return count == null ? 0 : count;
        }
        AtomicInteger count = failures.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    private void increment(String key) {
        if (shared != null) {
            shared.lock(key);
            try {
                Integer count = shared.get(key);
                // Re-putting restarts the window from the latest failure.
                shared.set(key, count == null ? 1 : count + 1, WINDOW.toSeconds(), TimeUnit.SECONDS);
            } finally {
                shared.unlock(key);
            }
            return;
        }
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
