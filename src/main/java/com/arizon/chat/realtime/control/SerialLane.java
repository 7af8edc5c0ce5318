package com.arizon.chat.realtime.control;

import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks one at a time, in the order they were offered, on threads of a shared pool: an actor's
 * mailbox. Offering never blocks and takes no lock; the thread that finds the lane idle hands it to
 * the pool, which runs tasks until the lane is empty again (or, to be fair to other lanes, hands
 * it back after a batch). No lock is held while a task runs, so a task may call anything, including
 * {@link #offer} on this or another lane.
 *
 * <p>A task may also pause the lane until some work elsewhere completes ({@link #offerPausing}): no
 * thread waits meanwhile, and the lane's next task runs once that work is done.
 *
 * <p>A lane holds at most {@code capacity} waiting tasks; {@link #offer} refuses more, and the owner
 * decides what that means (a connection that floods its lane is closed). {@link #offerLast} ends the
 * lane: its task runs after those already waiting, and nothing is accepted afterwards.
 */
public final class SerialLane {

    private static final Logger LOG = Logger.getLogger(SerialLane.class.getName());
    private static final int BATCH = 32;

    private final Executor pool;
    private final int capacity;
    private final Queue<Task> tasks = new ConcurrentLinkedQueue<>();
    /** Tasks offered and not yet run; the lane is scheduled exactly while this is above zero. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean ended;

    public SerialLane(Executor pool, int capacity) {
        this.pool = pool;
        this.capacity = capacity;
    }

    /** Queues a task; false, and nothing queued, when the lane is full or ended. */
    public boolean offer(Runnable task) {
        return offerPausing(() -> {
            task.run();
            return null;
        });
    }

    /**
     * Queues a task that returns the work it started elsewhere (or null); the lane's next task runs
     * only once that work has completed. False, and nothing queued, when the lane is full or ended.
     */
    public boolean offerPausing(Supplier<CompletionStage<?>> task) {
        if (ended || pending.get() >= capacity) {
            return false;
        }
        enqueue(task::get);
        return true;
    }

    /** Queues the lane's last task, whatever the capacity; false if the lane had ended already. */
    public boolean offerLast(Runnable task) {
        synchronized (this) { // only against a second offerLast; nothing is called while held
            if (ended) {
                return false;
            }
            ended = true;
        }
        enqueue(() -> {
            task.run();
            return null;
        });
        return true;
    }

    /** True once {@link #offerLast} was called. */
    public boolean isEnded() {
        return ended;
    }

    /** Tasks waiting or running. */
    public int pending() {
        return pending.get();
    }

    private void enqueue(Task task) {
        tasks.add(task);
        if (pending.getAndIncrement() == 0) {
            schedule();
        }
    }

    private void schedule() {
        try {
            pool.execute(this::runBatch);
        } catch (RejectedExecutionException shuttingDown) {
            LOG.fine("Real-time pool shut down; dropping the lane's tasks");
            tasks.clear();
            pending.set(0);
        }
    }

    private void runBatch() {
        for (int run = 0; run < BATCH; run++) {
            Task task = tasks.poll(); // counted after it was added, so it is there
            CompletionStage<?> started = null;
            try {
                started = task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "A real-time task failed", e);
            }
            if (started != null && !started.toCompletableFuture().isDone()) {
                started.whenComplete((result, failure) -> finishedOne(true));
                return;
            }
            if (!finishedOne(false)) {
                return;
            }
        }
        schedule();
    }

    /**
     * Counts a task as done; true if the caller should go on with the next one. After a pause the
     * lane goes back to the pool rather than running on the thread that completed the work.
     */
    private boolean finishedOne(boolean afterPause) {
        boolean more = pending.decrementAndGet() > 0;
        if (more && afterPause) {
            schedule();
        }
        return more && !afterPause;
    }

    @FunctionalInterface
    private interface Task {
        /** Runs; returns the work it started elsewhere that the lane must wait for, or null. */
        CompletionStage<?> run();
    }
}
