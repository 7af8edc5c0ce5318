package com.arizon.chat.message.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Lets callers with the same key take turns, and lets the caller whose turn it is do the work of
 * every caller waiting behind it in one go: under load, the work of many callers costs one batch
 * (group commit), and each caller still gets its own outcome, only once its batch has finished.
 * Keys share a fixed set of turns by hash, so memory stays bounded; keys that share one are batched
 * together.
 *
 * <p>A caller holds its key's turn while its batch runs, and holds nothing while it waits for it.
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

        O get() {
            if (failure != null) {
                throw failure;
            }
            return value;
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

    /** Waits for the key's turn, unless a batch run meanwhile took the item along; throws its failure. */
    O submit(String key, I item) {
        Waiting<I, O> mine = new Waiting<>(item);
        Turn<I, O> turn = turns[Math.floorMod(key.hashCode(), turns.length)];
        turn.waiting.add(mine);
        turn.lock.lock();
        try {
            while (mine.outcome == null) {
                runNextBatch(turn);
            }
        } finally {
            turn.lock.unlock();
        }
        return mine.outcome.get();
    }

    private void runNextBatch(Turn<I, O> turn) {
        List<Waiting<I, O>> batch = new ArrayList<>();
        for (Waiting<I, O> next = turn.waiting.poll(); next != null; next = turn.waiting.poll()) {
            batch.add(next);
            if (batch.size() == maxBatch) {
                break;
            }
        }
        List<Outcome<O>> outcomes;
        try {
            outcomes = runBatch.apply(batch.stream().map(Waiting::item).toList());
        } catch (RuntimeException failure) {
            outcomes = batch.stream().map(waiting -> Outcome.<O>failed(failure)).toList();
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome = outcomes.get(i);
        }
    }

    private static final class Turn<I, O> {
        private final ReentrantLock lock = new ReentrantLock();
        private final Queue<Waiting<I, O>> waiting = new ConcurrentLinkedQueue<>();
    }

    /** Set under the turn's lock, read by its caller under the same lock. */
    private static final class Waiting<I, O> {
        private final I item;
        private Outcome<O> outcome;

        Waiting(I item) {
            this.item = item;
        }

        I item() {
            return item;
        }
    }
}
