package com.arizon.chat.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Asks {@code GET /health/ready} every {@link #INTERVAL} with a {@link #TIMEOUT}, on an HTTP client
 * of its own, while a load runs and for a while after it: how a load-balancer's probe would see
 * the server. Probes overlap when the server is slow, so a server that stops answering shows as a
 * run of failures, never as a probe that is late to start.
 */
final class HealthProbe {

    static final Duration INTERVAL = Duration.ofMillis(200);
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final HttpRequest request;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bench-health-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final Tally duringLoad = new Tally();
    private final Tally afterLoad = new Tally();
    private volatile Tally current = duringLoad;
    private volatile boolean loadEnded;
    private volatile long stopAt;
    private ScheduledFuture<?> probing;

    HealthProbe(URI server) {
        request = HttpRequest.newBuilder(server.resolve("/health/ready")).timeout(TIMEOUT).GET().build();
    }

    /** Starts probing; the load starts now. */
    void start() {
        probing = timer.scheduleAtFixedRate(this::probe, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The load has ended: probes from now on count as after it, and none starts {@code after} later. */
    void loadEnded(Duration after) {
        stopAt = System.nanoTime() + after.toNanos();
        current = afterLoad;
        loadEnded = true;
    }

    /**
     * Waits until the probing time after the load is over, stops probing (letting a probe that is
     * being sent finish sending), and gives every probe in flight the time its own timeouts allow
     * (connecting, then answering); a probe still without an answer or a timeout by then counts as
     * failed.
     */
    Results results() throws InterruptedException {
        long left = stopAt - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
        probing.cancel(false);
        timer.shutdown();
        timer.awaitTermination(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        long ownTimeouts = TIMEOUT.toMillis() * 2;
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, ownTimeouts + TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> null)
                .join();
        for (CompletableFuture<?> late : inFlight.toArray(CompletableFuture[]::new)) {
            if (inFlight.remove(late)) {
                afterLoad.record(TimeUnit.MILLISECONDS.toNanos(ownTimeouts + TIMEOUT.toMillis()),
                        "neither an answer nor a timeout");
            }
        }
        return new Results(duringLoad.summary(), afterLoad.summary());
    }

    private void probe() {
        long started = System.nanoTime();
        if (loadEnded && started - stopAt >= 0) {
            return;
        }
        Tally tally = current;
        CompletableFuture<HttpResponse<Void>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        inFlight.add(answer);
        answer.whenComplete((response, failure) -> {
            if (inFlight.remove(answer)) {
                long nanos = System.nanoTime() - started;
                String problem = failure != null ? failure.toString()
                        : response.statusCode() != 200 ? "status " + response.statusCode()
                        : nanos > TIMEOUT.toNanos() ? "over " + TIMEOUT.toMillis() + " ms" : null;
                tally.record(nanos, problem);
            }
        });
    }

    /** Probes during the load and in the time after it. */
    record Results(Summary duringLoad, Summary afterLoad) {
    }

    /**
     * @param failed probes that failed, were refused as not ready, or took over {@link #TIMEOUT}
     * @param firstProblem what went wrong first, or null
     */
    record Summary(long probes, long failed, long worstNanos, String firstProblem) {

        @Override
        public String toString() {
            return String.format("%,d probes, worst %.0f ms, %,d failed or over %d ms%s", probes, worstNanos / 1e6,
                    failed, TIMEOUT.toMillis(), firstProblem == null ? "" : " (first: " + firstProblem + ")");
        }
    }

    private static final class Tally {

        private long probes;
        private long failed;
        private long worstNanos;
        private String firstProblem;

        synchronized void record(long nanos, String problem) {
            probes++;
            worstNanos = Math.max(worstNanos, nanos);
            if (problem != null) {
                failed++;
                if (firstProblem == null) {
                    firstProblem = problem;
                }
            }
        }

        synchronized Summary summary() {
            return new Summary(probes, failed, worstNanos, firstProblem);
        }
    }
}
