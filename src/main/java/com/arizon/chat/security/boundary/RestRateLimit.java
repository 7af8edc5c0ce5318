package com.arizon.chat.security.boundary;

import com.arizon.chat.platform.api.ErrorResponses;
import com.arizon.chat.platform.api.RateLimitedException;
import com.arizon.chat.platform.metrics.ChatMetrics;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * REST requests per user (per address before authentication): a token bucket of
 * {@code chat.rest.requests-per-second} (100 by default); over it, 429 {@code RATE_LIMITED} with
 * {@code Retry-After}. Counted before routing, so probing unknown paths is limited too.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 2)
public class RestRateLimit implements ContainerRequestFilter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2))
            .maximumSize(500_000)
            .build();

    @Inject
    @ConfigProperty(name = "chat.rest.requests-per-second", defaultValue = "100")
    int requestsPerSecond;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    ChatMetrics metrics;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal user = request.getSecurityContext().getUserPrincipal();
        String key = user != null ? "user:" + user.getName() : "address:" + servletRequest.getRemoteAddr();
        ConsumptionProbe probe = buckets.get(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            metrics.rateLimited(ChatMetrics.Limit.REST);
            request.abortWith(ErrorResponses.of(new RateLimitedException("Too many requests",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()))));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requestsPerSecond)
                        .refillGreedy(requestsPerSecond, Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
