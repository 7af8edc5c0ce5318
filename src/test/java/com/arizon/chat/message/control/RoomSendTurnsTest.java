package com.arizon.chat.message.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RoomSendTurnsTest {

    private final RoomSendTurns turns = new RoomSendTurns();

    @Test
    void aSecondSenderToTheSameRoomWaitsForTheFirstToFinish() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> turns.inTurn("room-a", () -> {
            firstInside.countDown();
            await(releaseFirst);
            return "first";
        }));
        assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> turns.inTurn("room-a", () -> "second"));

        Thread.sleep(200);
        assertThat(second).isNotDone();
        releaseFirst.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    }

    @Test
    void anotherRoomDoesNotWait() throws Exception {
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch firstInside = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> turns.inTurn("room-a", () -> {
            firstInside.countDown();
            await(releaseFirst);
            return null;
        }));
        assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(CompletableFuture.supplyAsync(() -> turns.inTurn("room-b", () -> "other room"))
                .get(5, TimeUnit.SECONDS)).isEqualTo("other room");
        releaseFirst.countDown();
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aFailingSenderGivesUpItsTurn() throws Exception {
        assertThatThrownBy(() -> turns.inTurn("room-a", () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(CompletableFuture.supplyAsync(() -> turns.inTurn("room-a", () -> "next"))
                .get(5, TimeUnit.SECONDS)).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
