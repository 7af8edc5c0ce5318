package com.arizon.chat.message.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Lets work for the same key run one batch at a time, and does the work of every caller queued for
 * the key in one go: under load, the work of many callers costs one batch (group commit), and each
 * caller gets its own outcome once its batch has finished. Nobody waits for a turn: a caller that
 * finds it taken leaves its item queued and gets a future, completed once its batch has run.
 * Keys share a fixed set of turns by hash, so memory stays bounded; keys that share one are batched
 * together.
 *
 * <p>Batches run on the given executor, one batch per task: a key with more queued goes back behind
 * the other keys' batches, and items keep gathering meanwhile. A caller that will wait anyway
 * ({@link #await}) runs its key's batch on its own thread when it finds the turn free.
 *
 * <p>The turn is released before the outcomes are handed out, so what a caller does with its outcome
 * never runs inside a turn.
 *
 * @param <I> what a caller hands in
 * @param <O> what it gets back
 */
final class BatchingTurns<I, O> {

    /** One item's outcome: a value, or the failure to throw to its caller. */
    record Outcome<O>(O value, RuntimeException failure) {

        static <O> Outcome<O> of(O value) {
            return new Outcome<>(value, null);
        }

        static <O> Outcome<O> failed(RuntimeException failure) {
            return new Outcome<>(null, failure);
        }
    }

    private final int maxBatch;
    private final Function<List<I>, List<Outcome<O>>> runBatch;
    private final Executor executor;
    private final Turn<I, O>[] turns;

    /**
     * @param runBatch does the work of a batch and returns one outcome per item, in order; what it
     *        throws becomes every item's outcome
     * @param executor runs batches for callers that do not wait
     */
    @SuppressWarnings("unchecked")
    BatchingTurns(int turnCount, int maxBatch, Function<List<I>, List<Outcome<O>>> runBatch, Executor executor) {
        this.maxBatch = maxBatch;
        this.runBatch = runBatch;
        this.executor = executor;
        this.turns = new Turn[turnCount];
        for (int i = 0; i < turnCount; i++) {
            turns[i] = new Turn<>();
        }
    }

    /** Queues the item and returns at once; the future completes once the item's batch has run. */
    CompletableFuture<O> submit(String key, I item) {
        Turn<I, O> turn = turnFor(key);
        Waiting<I, O> mine = turn.queue(item);
        passOn(turn);
        return mine.result;
    }

    /**
     * Queues the item and waits for its outcome (holding nothing), running the key's next batch on
     * this thread if the turn is free; throws the item's failure.
     */
    O await(String key, I item) {
        Turn<I, O> turn = turnFor(key);
        Waiting<I, O> mine = turn.queue(item);
        if (turn.take()) {
            runOneBatch(turn);
        }
        try {
            return mine.result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private Turn<I, O> turnFor(String key) {
        return turns[Math.floorMod(key.hashCode(), turns.length)];
    }

    /** If the turn is free and items wait, takes it for a batch on the executor. */
    private void passOn(Turn<I, O> turn) {
        if (turn.take()) {
            try {
                executor.execute(() -> runOneBatch(turn));
            } catch (RejectedExecutionException shuttingDown) {
                turn.failAll(shuttingDown);
            }
        }
    }

    /** Runs a batch in the turn taken by the caller, releases the turn, then hands out the outcomes. */
    private void runOneBatch(Turn<I, O> turn) {
        List<Waiting<I, O>> batch = turn.nextBatch(maxBatch);
        List<Outcome<O>> outcomes;
        try {
            outcomes = run(batch);
        } finally {
            turn.running.set(false);
        }
        passOn(turn);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).complete(outcomes.get(i));
        }
    }

    private List<Outcome<O>> run(List<Waiting<I, O>> batch) {
        try {
            return runBatch.apply(batch.stream().map(Waiting::item).toList());
        } catch (RuntimeException failure) {
            return batch.stream().map(waiting -> Outcome.<O>failed(failure)).toList();
        }
    }

    private static final class Turn<I, O> {
        private final AtomicBoolean running = new AtomicBoolean();
        private final Queue<Waiting<I, O>> waiting = new ConcurrentLinkedQueue<>();

        Waiting<I, O> queue(I item) {
            Waiting<I, O> waiter = new Waiting<>(item);
            waiting.add(waiter);
            return waiter;
        }

        /**
         * True if the caller now holds the turn. Whoever queues an item or releases the turn tries
         * this afterwards, so an item never waits in a free turn.
         */
        boolean take() {
            return !waiting.isEmpty() && running.compareAndSet(false, true);
        }

        /** Only when no executor is left to run the batches: fails what waits, and frees the turn. */
        void failAll(RuntimeException failure) {
            for (Waiting<I, O> next = waiting.poll(); next != null; next = waiting.poll()) {
                next.complete(Outcome.failed(failure));
            }
            running.set(false);
        }

        List<Waiting<I, O>> nextBatch(int maxBatch) {
            List<Waiting<I, O>> batch = new ArrayList<>();
            for (Waiting<I, O> next = waiting.poll(); next != null; next = waiting.poll()) {
                batch.add(next);
                if (batch.size() == maxBatch) {
                    break;
                }
            }
            return batch;
        }
    }

    private record Waiting<I, O>(I item, CompletableFuture<O> result) {

        Waiting(I item) {
            this(item, new CompletableFuture<>());
        }

        void complete(Outcome<O> outcome) {
            if (outcome.failure() == null) {
                result.complete(outcome.value());
            } else {
                result.completeExceptionally(outcome.failure());
            }
        }
    }
}
