package com.arizon.chat.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps one request in flight on each of a set of keep-alive connections: each thread sends, waits
 * for the whole answer, and sends again until the time is up (a closed loop, like a fixed pool of
 * clients). Measures each exchange from the first byte written to the last byte read.
 */
final class ClosedLoopLoad {

    private static final long FAILURE_PAUSE_MILLIS = 10;

    private final List<KeepAliveConnection> connections;

    ClosedLoopLoad(List<KeepAliveConnection> connections) {
        this.connections = List.copyOf(connections);
    }

    /** What one run saw: exchanges answered 200 (with their latencies), others, and the first failure. */
    record Result(long nanos, Latencies latencies, long failures, String firstFailure) {

        double perSecond() {
            return latencies.count() / (nanos / 1e9);
        }
    }

    Result run(byte[] request, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        List<Latencies> perThread = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (KeepAliveConnection connection : connections) {
            Latencies latencies = new Latencies();
            perThread.add(latencies);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    String failure;
                    try {
                        int status = connection.exchange(request);
                        if (status == 200) {
                            latencies.add(System.nanoTime() - sent);
                            continue;
                        }
                        failure = "status " + status;
                    } catch (IOException | RuntimeException e) {
                        connection.close();
                        failure = e.toString();
                    }
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, failure);
                    pauseAfterFailure();
                }
            }, "rest-load-" + threads.size());
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - started;
        Latencies all = new Latencies();
        perThread.forEach(all::addAll);
        return new Result(elapsed, all, failures.get(), firstFailure.get());
    }

    /** A refused connection fails at once: without a pause the loop would take the cores from the server. */
    private static void pauseAfterFailure() {
        try {
            Thread.sleep(FAILURE_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
