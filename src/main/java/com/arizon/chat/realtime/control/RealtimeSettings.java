package com.arizon.chat.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits of contract section 7 and the real-time timings, from MicroProfile Config (defaults in
 * {@code microprofile-config.properties}; each key can be set as an environment variable, e.g.
 * {@code CHAT_REALTIME_AUTH_TIMEOUT=PT2S}).
 */
@ApplicationScoped
public class RealtimeSettings {

    @Inject
    @ConfigProperty(name = "chat.realtime.auth-timeout")
    Duration authTimeout;

    @Inject
    @ConfigProperty(name = "chat.realtime.typing-timeout")
    Duration typingTimeout;

    @Inject
    @ConfigProperty(name = "chat.realtime.presence-debounce")
    Duration presenceDebounce;

    @Inject
    @ConfigProperty(name = "chat.realtime.heartbeat-interval")
    Duration heartbeatInterval;

    @Inject
    @ConfigProperty(name = "chat.realtime.max-connections-per-user")
    int maxConnectionsPerUser;

    @Inject
    @ConfigProperty(name = "chat.realtime.max-frame-bytes")
    int maxFrameBytes;

    @Inject
    @ConfigProperty(name = "chat.realtime.outbound.max-frames")
    int outboundMaxFrames;

    @Inject
    @ConfigProperty(name = "chat.realtime.outbound.max-bytes")
    long outboundMaxBytes;

    @Inject
    @ConfigProperty(name = "chat.realtime.inbound.max-queued")
    int inboundMaxQueued;

    @Inject
    @ConfigProperty(name = "chat.realtime.busy-after")
    Duration busyAfter;

    @Inject
    @ConfigProperty(name = "chat.realtime.event-threads")
    int eventThreads;

    @Inject
    @ConfigProperty(name = "chat.realtime.fan-out-threads")
    int fanOutThreads;

    @Inject
    @ConfigProperty(name = "chat.realtime.rate.events-per-second")
    int eventsPerSecond;

    @Inject
    @ConfigProperty(name = "chat.realtime.rate.send-message-per-second")
    int sendMessagePerSecond;

    @Inject
    @ConfigProperty(name = "chat.realtime.rate.send-message-burst")
    int sendMessageBurst;

    @Inject
    @ConfigProperty(name = "chat.realtime.rate.typing-per-second")
    int typingPerSecond;

    @Inject
    @ConfigProperty(name = "chat.realtime.abuse.factor")
    int abuseFactor;

    @Inject
    @ConfigProperty(name = "chat.realtime.abuse.seconds")
    int abuseSeconds;

    /** How long a connection may stay unauthenticated before it is closed. */
    public Duration authTimeout() {
        return authTimeout;
    }

    /** A {@code typing_start} not refreshed within this time stops by itself. */
    public Duration typingTimeout() {
        return typingTimeout;
    }

    /** {@code room_users_update} is sent at most once per room per this interval. */
    public Duration presenceDebounce() {
        return presenceDebounce;
    }

    /**
     * The native endpoint pings every connection this often; one that has not answered the previous
     * ping by the next is closed.
     */
    public Duration heartbeatInterval() {
        return heartbeatInterval;
    }

    public int maxConnectionsPerUser() {
        return maxConnectionsPerUser;
    }

    /** Largest inbound text frame, in UTF-8 bytes. */
    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** Frames a connection may have waiting to be written before it counts as a slow consumer. */
    public int outboundMaxFrames() {
        return outboundMaxFrames;
    }

    /** Characters a connection may have waiting to be written before it counts as a slow consumer. */
    public long outboundMaxBytes() {
        return outboundMaxBytes;
    }

    /**
     * Events a connection may have admitted and not yet handled; a client that floods its queue
     * faster than the server handles it is closed.
     */
    public int inboundMaxQueued() {
        return inboundMaxQueued;
    }

    /**
     * A {@code send_message} that waited this long for its turn on the connection, or that goes to a
     * room whose pushes are this far behind, is refused as the server is busy.
     */
    public Duration busyAfter() {
        return busyAfter;
    }

    /** Threads that handle connections' events (and wait for the database while doing so). */
    public int eventThreads() {
        return eventThreads;
    }

    /** Threads that push rooms' events to their subscribers. */
    public int fanOutThreads() {
        return fanOutThreads;
    }

    public EventLimiter.Limits limits() {
        return new EventLimiter.Limits(eventsPerSecond, sendMessagePerSecond, sendMessageBurst, typingPerSecond,
                abuseFactor, abuseSeconds);
    }
}
