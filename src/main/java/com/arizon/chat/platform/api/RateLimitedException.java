package com.arizon.chat.platform.api;

import java.time.Duration;

/** {@code RATE_LIMITED}, with how long the caller should wait before trying again. */
public class RateLimitedException extends ChatException {

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED, message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as the {@code Retry-After} header wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
