package com.arizon.chat.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Latency samples by window of {@link #WINDOW} of the time each message was sent, counted from the
 * first message: how latency changes over a run, e.g. while the server's JIT warms up.
 */
final class LatencyWindows {

    static final Duration WINDOW = Duration.ofSeconds(10);

    private final List<Latencies> windows = new ArrayList<>();

    synchronized void add(int window, long nanos) {
        while (windows.size() <= window) {
            windows.add(new Latencies());
        }
        windows.get(window).add(nanos);
    }

    synchronized void addAll(LatencyWindows other) {
        synchronized (other) {
            for (int window = 0; window < other.windows.size(); window++) {
                while (windows.size() <= window) {
                    windows.add(new Latencies());
                }
                windows.get(window).addAll(other.windows.get(window));
            }
        }
    }

    /** One line per window: "0-10 s: p50 ..., p99 ... (n samples)". */
    synchronized List<String> rows() {
        long seconds = WINDOW.toSeconds();
        List<String> rows = new ArrayList<>(windows.size());
        for (int window = 0; window < windows.size(); window++) {
            rows.add(String.format("%d-%d s: %s", window * seconds, (window + 1) * seconds,
                    windows.get(window).summary()));
        }
        return rows;
    }
}
