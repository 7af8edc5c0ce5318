package com.arizon.chat.platform;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, at the wire's precision (milliseconds), so what is stored is exactly what is sent. */
public final class Clock {

    private Clock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
