package com.arizon.chat.security.control;

import com.arizon.chat.platform.cluster.DataGrid;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.hazelcast.config.MapConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * REST requests per user (per address before authentication): a token bucket of
 * {@code chat.rest.requests-per-second} (100 by default). On a data grid the bucket is shared by
 * every instance (Bucket4j's compare-and-swap buckets in a Hazelcast map, forgotten after two idle
 * minutes), so a client spreading its requests over the instances gets no more than on one.
 */
@ApplicationScoped
public class RequestBuckets {

    private static final String GRID_MAP = "arizon-chat.rest-buckets";
    private static final Duration IDLE = Duration.ofMinutes(2);

    @Inject
    @ConfigProperty(name = "chat.rest.requests-per-second", defaultValue = "100")
    int requestsPerSecond;

    @Inject
    DataGrid grid;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(IDLE)
            .maximumSize(500_000)
            .build();

    private ProxyManager<String> shared;
    private BucketConfiguration configuration;

    @PostConstruct
    void configure() {
        configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requestsPerSecond)
                        .refillGreedy(requestsPerSecond, Duration.ofSeconds(1))
                        .build())
                .build();
        if (grid.clustered()) {
            grid.hazelcast().getConfig().addMapConfig(
                    new MapConfig(GRID_MAP).setMaxIdleSeconds((int) IDLE.toSeconds()));
            shared = Bucket4jHazelcast.<String>casBasedBuilder(grid.hazelcast().getMap(GRID_MAP)).build();
        }
    }

    /** Takes one request from the key's bucket: consumed, or how long until it would be. */
    public ConsumptionProbe take(String key) {
        return buckets.get(key, this::newBucket).tryConsumeAndReturnRemaining(1);
    }

    private Bucket newBucket(String key) {
        return shared != null ? shared.builder().build(key, () -> configuration)
                : Bucket.builder().addLimit(configuration.getBandwidths()[0]).build();
    }
}
