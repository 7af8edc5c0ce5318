package com.arizon.chat.realtime.control;

import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * The rate limits of one connection (contract section 7): token buckets for all events,
 * {@code send_message} and typing events, and the abuse rule: a connection that keeps attempting at
 * {@code abuseFactor} times a limit for {@code abuseSeconds} consecutive seconds is to be closed.
 */
public final class EventLimiter {

    private static final Duration SECOND = Duration.ofSeconds(1);

    /** Which limits an event counts against, besides the one for all events. */
    public enum Kind {
        SEND_MESSAGE, TYPING, OTHER
    }

    public enum Verdict {
        ALLOWED, LIMITED, ABUSIVE
    }

    public record Limits(int eventsPerSecond, int sendMessagePerSecond, int sendMessageBurst, int typingPerSecond,
            int abuseFactor, int abuseSeconds) {
    }

    private final Limit events;
    private final Limit sends;
    private final Limit typing;

    public EventLimiter(Limits limits) {
        events = new Limit(limits.eventsPerSecond(), limits.eventsPerSecond(), limits);
        sends = new Limit(limits.sendMessagePerSecond(), limits.sendMessageBurst(), limits);
        typing = new Limit(limits.typingPerSecond(), limits.typingPerSecond(), limits);
    }

    public Verdict admit(Kind kind) {
        return admit(kind, System.nanoTime());
    }

    /** As {@link #admit(Kind)} at a given {@link System#nanoTime()} reading, for tests of the abuse rule. */
    Verdict admit(Kind kind, long nanoTime) {
        long second = Math.floorDiv(nanoTime, 1_000_000_000L);
        Limit specific = switch (kind) {
            case SEND_MESSAGE -> sends;
            case TYPING -> typing;
            case OTHER -> null;
        };
        boolean abusive = events.attempt(second) | (specific != null && specific.attempt(second));
        if (abusive) {
            return Verdict.ABUSIVE;
        }
        boolean allowed = events.bucket.tryConsume(1) && (specific == null || specific.bucket.tryConsume(1));
        return allowed ? Verdict.ALLOWED : Verdict.LIMITED;
    }

    /** One token bucket, and the count of attempts per second that the abuse rule watches. */
    private static final class Limit {

        private final Bucket bucket;
        private final int abusiveAttemptsPerSecond;
        private final int abusiveSeconds;
        private long currentSecond = Long.MIN_VALUE;
        private int attemptsThisSecond;
        private int abusiveStreak;

        Limit(int perSecond, int burst, Limits limits) {
            bucket = Bucket.builder()
                    .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, SECOND))
                    .build();
            abusiveAttemptsPerSecond = perSecond * limits.abuseFactor();
            abusiveSeconds = limits.abuseSeconds();
        }

        /** Counts an attempt; true once the abusive rate has held for the configured seconds. */
        synchronized boolean attempt(long second) {
            if (second != currentSecond) {
                boolean lastWasAbusive = attemptsThisSecond >= abusiveAttemptsPerSecond;
                abusiveStreak = lastWasAbusive && second == currentSecond + 1 ? abusiveStreak + 1 : 0;
                currentSecond = second;
                attemptsThisSecond = 0;
            }
            attemptsThisSecond++;
            int streak = abusiveStreak + (attemptsThisSecond >= abusiveAttemptsPerSecond ? 1 : 0);
            return streak >= abusiveSeconds;
        }
    }
}
