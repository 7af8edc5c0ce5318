package com.arizon.chat.platform.metrics;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * REST metrics: every response JAX-RS writes counted by status class ({@code chat_rest_responses},
 * the answers of exception mappers and of the rate limit included), and each resource method's
 * request time ({@code chat_rest_request}, tags {@code class} and {@code method}). Each resource
 * method gets a filter of its own holding its timer, made when the application starts, so a request
 * looks nothing up. Requests refused below JAX-RS (headers the HTTP codec refuses, unknown paths)
 * are not seen here.
 */
@Provider
public class RestMetrics implements DynamicFeature, ContainerResponseFilter {

    private static final String STARTED = RestMetrics.class.getName() + ".started";

    @Inject
    MetricRegistry registry;

    @Inject
    ChatMetrics metrics;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Timer timer = registry.timer(Metadata.builder().withName("chat_rest_request")
                .withDescription("Time spent on a REST request by the resource method that served it")
                .withUnit(MetricUnits.SECONDS).build(),
                new Tag("class", resource.getResourceClass().getSimpleName()),
                new Tag("method", resource.getResourceMethod().getName()));
        context.register(new MethodTimer(timer));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        metrics.restResponded(response.getStatus());
    }

    /** Times the requests of one resource method. */
    private static final class MethodTimer implements ContainerRequestFilter, ContainerResponseFilter {

        private final Timer timer;

        MethodTimer(Timer timer) {
            this.timer = timer;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty(STARTED, System.nanoTime());
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty(STARTED) instanceof Long started) {
                timer.update(Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }
}
