package com.arizon.chat.bench;

import java.time.Duration;
import java.util.List;

/**
 * After a load: does the server still serve newcomers? Two fresh users connect over the same
 * transport, get a room of their own and join it, and each sends one message; it passes when each
 * has the acknowledgement of its own message and the push of the other's. Every step is bounded.
 */
final class FreshClientCheck {

    static final Duration STEP = Duration.ofSeconds(10);

    private FreshClientCheck() {
    }

    /** "pass" or "FAIL: why", with how long it took. */
    static String run(Population population) throws InterruptedException {
        long started = System.nanoTime();
        List<BenchConnection> pair;
        try {
            pair = population.populate(2, 2, new BenchConnection.Timeline(2), STEP);
        } catch (RuntimeException e) {
            return "FAIL: not signed in, in a room and joined within " + STEP.toSeconds() + " s a step: "
                    + (e.getCause() == null ? e : e.getCause()) + took(started);
        }
        try {
            BenchConnection first = pair.get(0);
            BenchConnection second = pair.get(1);
            first.sendMessage(0);
            second.sendMessage(1);
            long deadline = System.nanoTime() + STEP.toNanos();
            while (System.nanoTime() - deadline < 0) {
                if (first.acknowledged() == 1 && second.acknowledged() == 1 && first.hasReceived(1)
                        && second.hasReceived(0)) {
                    return "pass" + took(started);
                }
                Thread.sleep(20);
            }
            return String.format("FAIL: within %d s, acknowledged %d of 2, pushed %d of 2%s%s", STEP.toSeconds(),
                    first.acknowledged() + second.acknowledged(),
                    (first.hasReceived(1) ? 1 : 0) + (second.hasReceived(0) ? 1 : 0),
                    pair.stream().map(BenchConnection::firstFailure).filter(failure -> failure != null)
                            .findFirst().map(failure -> ", error: " + failure).orElse(""), took(started));
        } finally {
            pair.forEach(BenchConnection::close);
        }
    }

    private static String took(long startedNanos) {
        return String.format(" (%.1f s)", (System.nanoTime() - startedNanos) / 1e9);
    }
}
