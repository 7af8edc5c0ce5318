package com.arizon.chat.realtime;

/** The shared test server's {@code send_message} limit (the defaults: 10 a second, bursts of 20). */
public final class RateLimits {

    private static final long SEND_BURST = 20;
    private static final double SENDS_PER_NANOSECOND = 10 / 1e9;

    private RateLimits() {
    }

    /**
     * The most sends one connection can have admitted within this many nanoseconds from a full
     * bucket: the burst, and what refills meanwhile. Frames counted when handled rather than when
     * they arrive would get far more through while a busy server works down a burst.
     */
    public static long sendsAllowedWithin(long nanos) {
        return SEND_BURST + (long) Math.ceil(nanos * SENDS_PER_NANOSECOND);
    }
}
