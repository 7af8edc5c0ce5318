package com.arizon.chat.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The real-time layer's gauges at {@code /metrics}: computed when scraped from the state the registry
 * and the subscriptions keep anyway, so they cost nothing between scrapes. A scrape walks the live
 * connections (a few microseconds per thousand) and takes no lock but each Socket.IO session's own, briefly.
 */
@ApplicationScoped
public class RealtimeGauges {

    @Inject
    MetricRegistry metrics;

    @Inject
    ConnectionRegistry registry;

    @Inject
    RoomSubscriptions subscriptions;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Metadata connections = Metadata.builder().withName("chat_connections")
                .withDescription("Open real-time connections on this instance, by transport").build();
        for (Transport transport : Transport.values()) {
            metrics.gauge(connections, () -> count(transport), new Tag("transport", transport.tag()));
        }
        metrics.gauge(Metadata.builder().withName("chat_users_online")
                .withDescription("Users with at least one signed-in connection on this instance").build(),
                registry::usersOnline);
        metrics.gauge(Metadata.builder().withName("chat_rooms_active")
                .withDescription("Rooms with at least one subscribed connection on this instance").build(),
                subscriptions::roomsWithSubscribers);
        metrics.gauge(Metadata.builder().withName("chat_outbound_queue_depth_max")
                .withDescription("The longest outbound queue of a connection, in frames (Socket.IO: packets)").build(),
                this::deepestQueue);
        metrics.gauge(Metadata.builder().withName("chat_outbound_queue_depth_total")
                .withDescription("Frames (Socket.IO: packets) waiting in all connections' outbound queues").build(),
                this::queuedInAll);
    }

    private int count(Transport transport) {
        int count = 0;
        for (LiveConnection live : registry.all()) {
            if (live.connection().transport() == transport) {
                count++;
            }
        }
        return count;
    }

    private int deepestQueue() {
        int deepest = 0;
        for (LiveConnection live : registry.all()) {
            deepest = Math.max(deepest, live.connection().outboundQueued());
        }
        return deepest;
    }

    private long queuedInAll() {
        long total = 0;
        for (LiveConnection live : registry.all()) {
            total += live.connection().outboundQueued();
        }
        return total;
    }
}
