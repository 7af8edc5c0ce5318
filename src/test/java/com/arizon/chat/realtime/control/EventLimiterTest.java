package com.arizon.chat.realtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.realtime.control.EventLimiter.Kind;
import com.arizon.chat.realtime.control.EventLimiter.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EventLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private static final EventLimiter.Limits DEFAULTS = new EventLimiter.Limits(50, 10, 20, 5, 10, 10);

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);

    @Test
    void sendMessageAllowsItsBurstThenLimits() {
        EventLimiter limiter = new EventLimiter(DEFAULTS, clock::get);
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.admit(Kind.SEND_MESSAGE)).as("send %d", i).isEqualTo(Verdict.ALLOWED);
        }
        assertThat(limiter.admit(Kind.SEND_MESSAGE)).isEqualTo(Verdict.SEND_MESSAGE_LIMITED);
        assertThat(limiter.admit(Kind.OTHER)).as("other events have their own budget").isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void typingAllowsFiveThenLimits() {
        EventLimiter limiter = new EventLimiter(DEFAULTS, clock::get);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.admit(Kind.TYPING)).isEqualTo(Verdict.ALLOWED);
        }
        assertThat(limiter.admit(Kind.TYPING)).isEqualTo(Verdict.TYPING_LIMITED);
    }

    @Test
    void allEventsShareFiftyPerSecond() {
        EventLimiter limiter = new EventLimiter(DEFAULTS, clock::get);
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.admit(Kind.OTHER)).isEqualTo(Verdict.ALLOWED);
        }
        assertThat(limiter.admit(Kind.OTHER)).isEqualTo(Verdict.EVENTS_LIMITED);
        assertThat(limiter.admit(Kind.SEND_MESSAGE)).as("counts against all events too")
                .isEqualTo(Verdict.EVENTS_LIMITED);
    }

    @Test
    void tenTimesTheRateForTenConsecutiveSecondsIsAbusive() {
        EventLimiter limiter = new EventLimiter(DEFAULTS, clock::get);
        long start = 1_000 * SECOND;
        for (int second = 0; second < 9; second++) {
            assertThat(attempts(limiter, Kind.TYPING, 50, start + second * SECOND))
                    .as("second %d", second).doesNotContain(Verdict.ABUSIVE);
        }
        assertThat(attempts(limiter, Kind.TYPING, 50, start + 9 * SECOND)).contains(Verdict.ABUSIVE);
    }

    @Test
    void aQuietSecondResetsTheAbuseCount() {
        EventLimiter limiter = new EventLimiter(DEFAULTS, clock::get);
        long start = 1_000 * SECOND;
        for (int second = 0; second < 9; second++) {
            attempts(limiter, Kind.TYPING, 50, start + second * SECOND);
        }
        attempts(limiter, Kind.TYPING, 10, start + 9 * SECOND);
        for (int second = 10; second < 19; second++) {
            assertThat(attempts(limiter, Kind.TYPING, 50, start + second * SECOND)).doesNotContain(Verdict.ABUSIVE);
        }
    }

    @Test
    void aGapOfSilenceResetsTheAbuseCount() {
        EventLimiter limiter = new EventLimiter(DEFAULTS, clock::get);
        long start = 1_000 * SECOND;
        for (int second = 0; second < 9; second++) {
            attempts(limiter, Kind.TYPING, 50, start + second * SECOND);
        }
        assertThat(attempts(limiter, Kind.TYPING, 50, start + 11 * SECOND)).doesNotContain(Verdict.ABUSIVE);
    }

    @Test
    void justUnderTenTimesTheRateIsNeverAbusive() {
        EventLimiter limiter = new EventLimiter(DEFAULTS, clock::get);
        long start = 1_000 * SECOND;
        for (int second = 0; second < 30; second++) {
            assertThat(attempts(limiter, Kind.TYPING, 49, start + second * SECOND)).doesNotContain(Verdict.ABUSIVE);
        }
    }

    @Test
    void theBucketRefillsWithTime() {
        EventLimiter limiter = new EventLimiter(DEFAULTS, clock::get);
        attempts(limiter, Kind.SEND_MESSAGE, 20, clock.get());
        assertThat(limiter.admit(Kind.SEND_MESSAGE)).isEqualTo(Verdict.SEND_MESSAGE_LIMITED);

        clock.addAndGet(SECOND / 10);

        assertThat(limiter.admit(Kind.SEND_MESSAGE)).as("one token a tenth of a second").isEqualTo(Verdict.ALLOWED);
        assertThat(limiter.admit(Kind.SEND_MESSAGE)).isEqualTo(Verdict.SEND_MESSAGE_LIMITED);
    }

    private List<Verdict> attempts(EventLimiter limiter, Kind kind, int count, long at) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clock.set(at + i);
            verdicts.add(limiter.admit(kind));
        }
        return verdicts;
    }
}
