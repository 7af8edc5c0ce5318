package com.arizon.chat.security.boundary;

import com.arizon.chat.platform.api.RateLimitedException;
import com.arizon.chat.platform.metrics.ChatMetrics;
import com.arizon.chat.platform.rest.ErrorResponses;
import com.arizon.chat.platform.web.TrustedProxies;
import com.arizon.chat.security.control.RequestBuckets;
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

/**
 * REST requests per user (per client address before authentication, see {@link TrustedProxies}),
 * counted in {@link RequestBuckets}; over the limit, 429 {@code RATE_LIMITED} with
 * {@code Retry-After}. Counted before routing, so probing unknown paths is limited too.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 2)
public class RestRateLimit implements ContainerRequestFilter {

    @Inject
    RequestBuckets buckets;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    ChatMetrics metrics;

    @Inject
    TrustedProxies proxies;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal user = request.getSecurityContext().getUserPrincipal();
        String key = user != null ? "user:" + user.getName() : "address:" + proxies.clientAddressOf(servletRequest);
        ConsumptionProbe probe = buckets.take(key);
        if (!probe.isConsumed()) {
            metrics.rateLimited(ChatMetrics.Limit.REST);
            request.abortWith(ErrorResponses.of(new RateLimitedException("Too many requests",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()))));
        }
    }
}
