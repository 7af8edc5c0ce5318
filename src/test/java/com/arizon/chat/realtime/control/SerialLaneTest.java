package com.arizon.chat.realtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialLaneTest {

    private final ManualExecutor manual = new ManualExecutor();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void runsTasksOneAtATimeInTheOrderOffered() throws InterruptedException {
        SerialLane lane = new SerialLane(pool, 10_000);
        List<Integer> ran = new ArrayList<>(); // no lock: the lane must never run two tasks at once
        CountDownLatch done = new CountDownLatch(1);
        for (int i = 0; i < 5_000; i++) {
            int task = i;
            assertThat(lane.offer(() -> ran.add(task))).isTrue();
        }
        lane.offer(done::countDown);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).hasSize(5_000).isSorted();
    }

    @Test
    void refusesTasksBeyondItsCapacityUntilSomeHaveRun() {
        SerialLane lane = new SerialLane(manual, 3);
        assertThat(lane.offer(() -> { })).isTrue();
        assertThat(lane.offer(() -> { })).isTrue();
        assertThat(lane.offer(() -> { })).isTrue();

        assertThat(lane.offer(() -> { })).isFalse();
        assertThat(lane.pending()).isEqualTo(3);

        manual.runAll();

        assertThat(lane.pending()).isZero();
        assertThat(lane.offer(() -> { })).isTrue();
    }

    @Test
    void theLastTaskRunsAfterThoseWaitingAndEndsTheLane() {
        SerialLane lane = new SerialLane(manual, 1);
        List<String> ran = new ArrayList<>();
        lane.offer(() -> ran.add("event"));

        assertThat(lane.offerLast(() -> ran.add("close"))).as("taken even when full").isTrue();
        assertThat(lane.offer(() -> ran.add("late event"))).isFalse();
        assertThat(lane.offerLast(() -> ran.add("second close"))).isFalse();
        assertThat(lane.isEnded()).isTrue();

        manual.runAll();
        assertThat(ran).containsExactly("event", "close");
    }

    @Test
    void aTaskMayOfferToItsOwnLane() {
        SerialLane lane = new SerialLane(manual, 10);
        List<String> ran = new ArrayList<>();
        lane.offer(() -> {
            ran.add("first");
            lane.offer(() -> ran.add("queued by the first"));
        });
        lane.offer(() -> ran.add("second"));

        manual.runAll();

        assertThat(ran).containsExactly("first", "second", "queued by the first");
    }

    @Test
    void aPausingTaskHoldsBackTheNextUntilItsWorkCompletes() {
        SerialLane lane = new SerialLane(manual, 10);
        List<String> ran = new ArrayList<>();
        CompletableFuture<Void> elsewhere = new CompletableFuture<>();
        lane.offerPausing(() -> {
            ran.add("started work elsewhere");
            return elsewhere;
        });
        lane.offer(() -> ran.add("next"));

        manual.runAll();
        assertThat(ran).containsExactly("started work elsewhere");
        assertThat(manual.isIdle()).as("no thread waits for the work").isTrue();

        elsewhere.complete(null);
        manual.runAll();
        assertThat(ran).containsExactly("started work elsewhere", "next");
        assertThat(lane.pending()).isZero();
    }

    @Test
    void aFailingTaskDoesNotStopTheLane() {
        SerialLane lane = new SerialLane(manual, 10);
        List<String> ran = new ArrayList<>();
        lane.offer(() -> {
            throw new IllegalStateException("boom");
        });
        lane.offer(() -> ran.add("after the failure"));

        manual.runAll();

        assertThat(ran).containsExactly("after the failure");
    }

    @Test
    void aLaneBusyWithALongTaskStillTakesOffers() throws InterruptedException {
        SerialLane lane = new SerialLane(pool, 10);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        lane.offer(() -> {
            running.countDown();
            awaitQuietly(release);
        });
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(lane.offer(() -> { })).as("offering does not wait for the running task").isTrue();
        assertThat(lane.pending()).isEqualTo(2);
        release.countDown();
    }

    @Test
    void lanesShareThePoolFairly() {
        SerialLane busy = new SerialLane(manual, 1_000);
        SerialLane quiet = new SerialLane(manual, 1_000);
        List<String> ran = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            busy.offer(() -> ran.add("busy"));
        }
        quiet.offer(() -> ran.add("quiet"));

        manual.runNext();

        assertThat(ran).as("a batch, then the lane goes to the back of the pool's queue").hasSizeLessThan(100);
        manual.runNext();
        assertThat(ran).contains("quiet");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
