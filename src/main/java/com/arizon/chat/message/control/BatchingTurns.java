package com.arizon.chat.message.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Lets work for the same key run one batch at a time, and lets the caller that finds the key's turn
 * free do the work of every caller queued behind it in one go: under load, the work of many callers
 * costs one batch (group commit), and each caller gets its own outcome once its batch has finished.
 * Nobody waits for a turn: a caller that finds it taken leaves its item queued and gets a future,
 * which the turn's holder completes. Keys share a fixed set of turns by hash, so memory stays
 * bounded; keys that share one are batched together.
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
    private final Turn<I, O>[] turns;

    /**
     * @param runBatch does the work of a batch and returns one outcome per item, in order; what it
     *        throws becomes every item's outcome
     */
    @SuppressWarnings("unchecked")
    BatchingTurns(int turnCount, int maxBatch, Function<List<I>, List<Outcome<O>>> runBatch) {
        this.maxBatch = maxBatch;
        this.runBatch = runBatch;
        this.turns = new Turn[turnCount];
        for (int i = 0; i < turnCount; i++) {
            turns[i] = new Turn<>();
        }
    }

    /**
     * Queues the item; if the key's turn is free, runs batches on this thread until nothing is
     * queued. The future completes once the item's batch has finished.
     */
    CompletableFuture<O> submit(String key, I item) {
        Waiting<I, O> mine = new Waiting<>(item);
        Turn<I, O> turn = turns[Math.floorMod(key.hashCode(), turns.length)];
        turn.waiting.add(mine);
        while (!turn.waiting.isEmpty() && turn.running.compareAndSet(false, true)) {
            List<Waiting<I, O>> batch = turn.nextBatch(maxBatch);
            List<Outcome<O>> outcomes;
            try {
                outcomes = run(batch);
            } finally {
                turn.running.set(false);
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(outcomes.get(i));
            }
        }
        return mine.result;
    }

    /** As {@link #submit}, waiting for the outcome on this thread (holding nothing); throws its failure. */
    O await(String key, I item) {
        try {
            return submit(key, item).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
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
