package com.arizon.chat.message.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.message.control.BatchingTurns.Outcome;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchingTurnsTest {

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstBatchInside = new CountDownLatch(1);
    private final CountDownLatch releaseFirstBatch = new CountDownLatch(1);
    private final List<String> batchThreads = new CopyOnWriteArrayList<>();
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final ExecutorService sendThreads = Executors.newFixedThreadPool(2, task -> new Thread(task, "send"));
    private final BatchingTurns<String, String> turns = new BatchingTurns<>(16, 3, this::run, sendThreads);

    @AfterEach
    void stopThreads() {
        releaseFirstBatch.countDown();
        callers.shutdownNow();
        sendThreads.shutdownNow();
    }

    @Test
    void aSubmitterReturnsAtOnceAndItsBatchRunsOnTheExecutor() throws Exception {
        CompletableFuture<String> submitted = turns.submit("room-a", "x");

        assertThat(submitted.get(5, TimeUnit.SECONDS)).isEqualTo("X");
        assertThat(batchThreads).containsExactly("send");
    }

    @Test
    void aWaitingCallerThatFindsTheTurnFreeRunsTheBatchItself() {
        assertThat(turns.await("room-a", "x")).isEqualTo("X");

        assertThat(batchThreads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aRoomWithMoreQueuedThanABatchGoesBackBehindTheOtherRooms() throws Exception {
        BatchingTurns<String, String> oneThread = new BatchingTurns<>(16, 2, this::run,
                Executors.newSingleThreadExecutor());
        CompletableFuture<String> holder = oneThread.submit("room-a", "hold");
        assertThat(firstBatchInside.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<String>> queued = List.of(oneThread.submit("room-a", "a1"),
                oneThread.submit("room-a", "a2"), oneThread.submit("room-a", "a3"), oneThread.submit("room-b", "b1"));
        releaseFirstBatch.countDown();

        holder.get(5, TimeUnit.SECONDS);
        CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertThat(batches.subList(1, batches.size()))
                .as("room-b was queued before room-a's next batch, and room-a's last batch after it")
                .containsExactly(List.of("b1"), List.of("a1", "a2"), List.of("a3"));
    }

    @Test
    void itemsQueuedWhileTheTurnIsTakenAreServedTogetherByItsHolder() throws Exception {
        CompletableFuture<String> first = submit("room-a", "hold");
        assertThat(firstBatchInside.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> second = turns.submit("room-a", "b");
        CompletableFuture<String> third = turns.submit("room-a", "c");
        assertThat(second).as("queued; the caller did not wait").isNotDone();
        assertThat(third).isNotDone();
        releaseFirstBatch.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("HOLD");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("B");
        assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo("C");
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void aBatchHoldsAtMostItsLimitAndTheRestFollow() throws Exception {
        CompletableFuture<String> first = submit("room-a", "hold");
        assertThat(firstBatchInside.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<String>> waiting = List.of(submit("room-a", "1"), submit("room-a", "2"),
                submit("room-a", "3"), submit("room-a", "4"), submit("room-a", "5"));
        Thread.sleep(200);
        releaseFirstBatch.countDown();

        first.get(5, TimeUnit.SECONDS);
        for (CompletableFuture<String> each : waiting) {
            each.get(5, TimeUnit.SECONDS);
        }
        assertThat(batches).allMatch(batch -> batch.size() <= 3);
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(6);
    }

    @Test
    void anotherRoomDoesNotWait() throws Exception {
        submit("room-a", "hold");
        assertThat(firstBatchInside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(submit("room-b", "other").get(5, TimeUnit.SECONDS)).isEqualTo("OTHER");
    }

    @Test
    void anItemRefusedInABatchFailsAloneAndTheOthersSucceed() {
        assertThat(turns.await("room-a", "x")).isEqualTo("X");
        assertThatThrownBy(() -> turns.await("room-a", "refuse")).hasMessage("refused refuse");
    }

    @Test
    void aBatchThatThrowsFailsItsItemsAndFreesTheTurn() throws Exception {
        assertThatThrownBy(() -> turns.await("room-a", "explode")).hasMessage("batch failed");

        assertThat(submit("room-a", "next").get(5, TimeUnit.SECONDS)).isEqualTo("NEXT");
    }

    @Test
    void whatACallerDoesWithItsOutcomeRunsAfterTheTurnIsReleased() {
        CompletableFuture<String> inside = turns.submit("room-a", "x")
                .thenApply(value -> turns.submit("room-a", "nested").join());

        assertThat(inside.join()).as("a nested submit finds the turn free").isEqualTo("NESTED");
    }

    /** Submits from another thread, which becomes the turn's holder if it is free. */
    private CompletableFuture<String> submit(String key, String item) {
        return CompletableFuture.supplyAsync(() -> turns.await(key, item), callers);
    }

    private List<Outcome<String>> run(List<String> batch) {
        batches.add(batch);
        batchThreads.add(Thread.currentThread().getName());
        if (batch.contains("hold")) {
            firstBatchInside.countDown();
            try {
                releaseFirstBatch.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (batch.contains("explode")) {
            throw new IllegalStateException("batch failed");
        }
        return batch.stream().map(item -> item.equals("refuse")
                ? Outcome.<String>failed(new IllegalArgumentException("refused " + item))
                : Outcome.of(item.toUpperCase())).toList();
    }
}
