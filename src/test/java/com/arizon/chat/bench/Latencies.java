package com.arizon.chat.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, appended by one thread at a time, summarised as percentiles. */
final class Latencies {

    private long[] samples = new long[64];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        synchronized (other) {
            for (int i = 0; i < other.count; i++) {
                add(other.samples[i]);
            }
        }
    }

    synchronized int count() {
        return count;
    }

    /** "p50 1.2 ms, p95 ..., p99 ..., max ..." */
    synchronized String summary() {
        if (count == 0) {
            return "no samples";
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return String.format("p50 %s, p95 %s, p99 %s, max %s (%,d samples)", millis(sorted, 0.50),
                millis(sorted, 0.95), millis(sorted, 0.99), format(sorted[count - 1]), count);
    }

    private static String millis(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return format(sorted[Math.max(0, index)]);
    }

    private static String format(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
