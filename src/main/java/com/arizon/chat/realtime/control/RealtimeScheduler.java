package com.arizon.chat.realtime.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Timers of the real-time layer (authentication deadlines, typing timeouts, coalesced presence
 * updates, heartbeats) on one thread from the container's managed thread factory. Not the managed
 * scheduled executor: Payara captures thread context for each task submitted there, at a cost
 * (a class-path scan) far above that of the tasks themselves, which are many and tiny.
 */
@ApplicationScoped
public class RealtimeScheduler {

    private static final Logger LOG = Logger.getLogger(RealtimeScheduler.class.getName());

    @Resource
    ManagedThreadFactory threads;

    private ScheduledThreadPoolExecutor executor;

    @PostConstruct
    void start() {
        executor = new ScheduledThreadPoolExecutor(1, threads);
        executor.setRemoveOnCancelPolicy(true);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Runs the task once after the delay; empty if the server is shutting down. */
    public Optional<ScheduledFuture<?>> after(Duration delay, Runnable task) {
        try {
            return Optional.of(executor.schedule(guarded(task), delay.toNanos(), TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException shuttingDown) {
            return Optional.empty();
        }
    }

    /** Runs the task every period, the first time after one period. */
    public void every(Duration period, Runnable task) {
        executor.scheduleAtFixedRate(guarded(task), period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A real-time timer task failed", e);
            }
        };
    }
}
