package com.arizon.chat.realtime;

/** The shared test server's rate limits per connection (the defaults of contract section 7). */
public final class RateLimits {

    public static final Limit SEND_MESSAGE = new Limit(20, 10);
    public static final Limit ALL_EVENTS = new Limit(50, 50);

    private RateLimits() {
    }

    /** A token bucket: {@code burst} at once, refilled at {@code perSecond}. */
    public record Limit(long burst, long perSecond) {

        /**
         * The most events one connection can have admitted within this many nanoseconds from a full
         * bucket: the burst, and what refills meanwhile. Events counted when handled rather than when
         * they arrive would get far more through while a busy server works down a burst.
         */
        public long allowedWithin(long nanos) {
            return burst + (long) Math.ceil(nanos * perSecond / 1e9);
        }
    }
}
