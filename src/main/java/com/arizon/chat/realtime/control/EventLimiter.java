package com.arizon.chat.realtime.control;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.function.LongSupplier;

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

    /** Whether an event may proceed, and if not, which limit refused it. */
    public enum Verdict {
        ALLOWED, EVENTS_LIMITED, SEND_MESSAGE_LIMITED, TYPING_LIMITED, ABUSIVE
    }

    public record Limits(int eventsPerSecond, int sendMessagePerSecond, int sendMessageBurst, int typingPerSecond,
            int abuseFactor, int abuseSeconds) {
    }

    private final LongSupplier nanoClock;
    private final Limits limits;
    private final TimeMeter meter;
    private final Limit events;
    // Made on the first event of their kind (a fresh bucket is full, as one made at open would be by
    // then): most connections never send or type, and a bucket costs about 400 bytes.
    private Limit sends;
    private Limit typing;

    public EventLimiter(Limits limits) {
        this(limits, System::nanoTime);
    }

    /** @param nanoClock what the buckets and the abuse rule take the time from ({@link System#nanoTime()}) */
    EventLimiter(Limits limits, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.limits = limits;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoClock.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        events = new Limit(limits.eventsPerSecond(), limits.eventsPerSecond(), limits, meter);
    }

    public Verdict admit(Kind kind) {
        long second = Math.floorDiv(nanoClock.getAsLong(), 1_000_000_000L);
        Limit specific = specificLimit(kind);
        boolean abusive = events.attempt(second) | (specific != null && specific.attempt(second));
        if (abusive) {
            return Verdict.ABUSIVE;
        }
        if (!events.bucket.tryConsume(1)) {
            return Verdict.EVENTS_LIMITED;
        }
        if (specific != null && !specific.bucket.tryConsume(1)) {
            return kind == Kind.SEND_MESSAGE ? Verdict.SEND_MESSAGE_LIMITED : Verdict.TYPING_LIMITED;
        }
        return Verdict.ALLOWED;
    }

    /** The limit of {@code kind} besides the one for all events, if it has one. */
    private synchronized Limit specificLimit(Kind kind) { // guards the two fields only
        return switch (kind) {
            case SEND_MESSAGE -> sends != null ? sends
                    : (sends = new Limit(limits.sendMessagePerSecond(), limits.sendMessageBurst(), limits, meter));
            case TYPING -> typing != null ? typing
                    : (typing = new Limit(limits.typingPerSecond(), limits.typingPerSecond(), limits, meter));
            case OTHER -> null;
        };
    }

    /** One token bucket, and the count of attempts per second that the abuse rule watches. */
    private static final class Limit {

        private final Bucket bucket;
        private final int abusiveAttemptsPerSecond;
        private final int abusiveSeconds;
        private long currentSecond = Long.MIN_VALUE;
        private int attemptsThisSecond;
        private int abusiveStreak;

        Limit(int perSecond, int burst, Limits limits, TimeMeter meter) {
            bucket = Bucket.builder()
                    .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, SECOND))
                    .withCustomTimePrecision(meter)
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
