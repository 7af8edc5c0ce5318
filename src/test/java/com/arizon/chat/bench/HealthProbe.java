package com.arizon.chat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks {@code GET /health/ready} every {@link #INTERVAL}, while a load runs and for a while after it,
 * as a load balancer's health check does: each probe on a fresh connection of its own, with
 * {@link #TIMEOUT} for connecting and answering together. Probes run on threads of their own and
 * overlap when the server is slow, so a server that stops answering shows as a run of failures, never
 * as a probe that is late to start. Blocking sockets give every probe an outcome within its timeout
 * (the JDK's HTTP client once left a probe with neither an answer nor its timeout after 3 s).
 */
final class HealthProbe {

    static final Duration INTERVAL = Duration.ofMillis(200);
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final InetSocketAddress address;
    private final byte[] request;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            task -> daemon(task, "bench-health-timer"));
    private final ExecutorService probes = Executors.newCachedThreadPool(task -> daemon(task, "bench-health-probe"));
    private final AtomicLong started = new AtomicLong();
    private final Tally duringLoad = new Tally();
    private final Tally afterLoad = new Tally();
    private volatile Tally current = duringLoad;
    private volatile boolean loadEnded;
    private volatile long stopAt;
    private ScheduledFuture<?> probing;

    HealthProbe(URI server) {
        address = new InetSocketAddress(server.getHost(), server.getPort());
        request = ("GET /health/ready HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
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
     * Waits until the probing time after the load is over, stops probing and waits for the probes in
     * flight, each of which ends within its timeout; one that did not end even then (its thread got no
     * CPU) counts as failed.
     */
    Results results() throws InterruptedException {
        long left = stopAt - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
        probing.cancel(false);
        timer.shutdown();
        timer.awaitTermination(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        probes.shutdown();
        probes.awaitTermination(TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS);
        long unfinished = started.get() - duringLoad.summary().probes() - afterLoad.summary().probes();
        for (long i = 0; i < unfinished; i++) {
            afterLoad.record(TIMEOUT.toNanos() * 3, "not finished 3 s after its timeout");
        }
        return new Results(duringLoad.summary(), afterLoad.summary());
    }

    private void probe() {
        long begun = System.nanoTime();
        if (loadEnded && begun - stopAt >= 0) {
            return;
        }
        Tally tally = current;
        started.incrementAndGet();
        probes.execute(() -> {
            String problem = ask(begun + TIMEOUT.toNanos());
            tally.record(System.nanoTime() - begun, problem);
        });
    }

    /** Null when the server answered 200 before the deadline, else what went wrong. */
    private String ask(long deadline) {
        try (Socket socket = new Socket()) {
            socket.connect(address, millisUntil(deadline));
            socket.getOutputStream().write(request);
            socket.setSoTimeout(millisUntil(deadline));
            String status = statusLine(socket.getInputStream());
            return status.startsWith("HTTP/1.1 200 ") ? null : "answered " + status;
        } catch (SocketTimeoutException e) {
            return "no answer within " + TIMEOUT.toMillis() + " ms";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int millisUntil(long deadline) throws SocketTimeoutException {
        long millis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (millis <= 0) {
            throw new SocketTimeoutException();
        }
        return (int) millis;
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\r' && b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed after \"" + line + "\"");
            }
            line.append((char) b);
        }
        return line.toString();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Probes during the load and in the time after it. */
    record Results(Summary duringLoad, Summary afterLoad) {
    }

    /**
     * @param failed probes that failed, were refused as not ready, or had no answer within {@link #TIMEOUT}
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
