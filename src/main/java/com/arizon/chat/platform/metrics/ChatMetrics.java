package com.arizon.chat.platform.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The application's counters and timers at {@code /metrics} (application scope), registered once at
 * start-up with every tag value, so each event costs one increment of a counter held in an array
 * indexed by the enum that names it: no lookup by name, no lock. The gauges are registered by the
 * components whose state they read ({@code realtime.control.RealtimeGauges}). The README lists them all.
 */
@ApplicationScoped
public class ChatMetrics {

    /** Where a message was posted from: tag {@code transport}. */
    public enum Origin { REST, NATIVE, SOCKETIO }

    /** Which limit refused an event with {@code RATE_LIMITED}: tag {@code limit}. */
    public enum Limit { EVENTS, SEND_MESSAGE, TYPING, SERVER_BUSY, REST, LOGIN }

    /** Why a real-time connection ended: tag {@code reason}. */
    public enum ClosedBy { CLIENT, SLOW_CONSUMER, ABUSE, HEARTBEAT, FRAME_TOO_LARGE, SERVER_SHUTDOWN, POLICY, SERVER }

    private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

    @Inject
    MetricRegistry registry;

    private Counter[] posted;
    private Counter[] rateLimited;
    private Counter[] closed;
    private Counter[] restResponses;
    private Counter delivered;
    private Counter failedLogins;
    private Timer sendToCommit;
    private Timer commitToPush;

    /** Registers at deployment, so every metric is listed (at zero) before its first event. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer only makes the bean, and so its registration, happen now
    }

    @PostConstruct
    void register() {
        posted = counters(Origin.values(), "chat_messages_posted", "transport",
                "Messages stored, by the transport they were posted over "
                        + "(a retried clientMessageId is not counted again)");
        rateLimited = counters(Limit.values(), "chat_rate_limited", "limit",
                "Events and requests refused with RATE_LIMITED, by the limit that refused them");
        closed = counters(ClosedBy.values(), "chat_connections_closed", "reason",
                "Real-time connections ended, by why they ended");
        Metadata responses = Metadata.builder().withName("chat_rest_responses")
                .withDescription("REST responses JAX-RS wrote, by status class").build();
        restResponses = new Counter[STATUS_CLASSES.length];
        for (int i = 0; i < STATUS_CLASSES.length; i++) {
            restResponses[i] = registry.counter(responses, new Tag("status", STATUS_CLASSES[i]));
        }
        delivered = registry.counter(Metadata.builder().withName("chat_deliveries")
                .withDescription("Room events queued on a subscribed connection (one per event and connection)")
                .build());
        failedLogins = registry.counter(Metadata.builder().withName("chat_logins_failed")
                .withDescription("Logins refused for a wrong username or password (built-in issuer)").build());
        sendToCommit = registry.timer(Metadata.builder().withName("chat_send_to_commit")
                .withDescription("From a real-time send_message's arrival to its message_sent (stored and committed)")
                .withUnit(MetricUnits.SECONDS).build());
        commitToPush = registry.timer(Metadata.builder().withName("chat_commit_to_push")
                .withDescription("From a room event's publication after its commit to its being queued on every "
                        + "subscribed connection of this instance (the fan-out, with its wait for the room's turn)")
                .withUnit(MetricUnits.SECONDS).build());
    }

    public void messagePosted(Origin origin) {
        posted[origin.ordinal()].inc();
    }

    public void rateLimited(Limit limit) {
        rateLimited[limit.ordinal()].inc();
    }

    public void connectionClosed(ClosedBy reason) {
        closed[reason.ordinal()].inc();
    }

    public void delivered(int connections) {
        if (connections > 0) {
            delivered.inc(connections);
        }
    }

    public void restResponded(int status) {
        int statusClass = status / 100 - 1;
        if (statusClass >= 0 && statusClass < STATUS_CLASSES.length) {
            restResponses[statusClass].inc();
        }
    }

    public void loginFailed() {
        failedLogins.inc();
    }

    public void sendCommitted(long nanos) {
        sendToCommit.update(Duration.ofNanos(nanos));
    }

    public void pushed(long nanos) {
        commitToPush.update(Duration.ofNanos(nanos));
    }

    private Counter[] counters(Enum<?>[] values, String name, String tag, String description) {
        Metadata metadata = Metadata.builder().withName(name).withDescription(description).build();
        Counter[] counters = new Counter[values.length];
        for (Enum<?> value : values) {
            counters[value.ordinal()] = registry.counter(metadata, new Tag(tag, tagValue(value)));
        }
        return counters;
    }

    /** {@code SEND_MESSAGE} becomes {@code send_message}. */
    private static String tagValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
