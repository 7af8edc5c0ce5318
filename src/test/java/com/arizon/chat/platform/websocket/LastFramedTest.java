package com.arizon.chat.platform.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LastFramedTest {

    private final AtomicInteger framings = new AtomicInteger();
    private final LastFramed<Object, String> frames = new LastFramed<>(key -> {
        framings.incrementAndGet();
        return "frame of " + key;
    });

    @Test
    void framesAPushOnceForAllItsRecipients() {
        Object push = new Object();
        String first = frames.of(push);

        assertThat(frames.of(push)).isSameAs(first);
        assertThat(framings).hasValue(1);
    }

    @Test
    void framesTheNextPushAgainEvenIfEqual() {
        String first = frames.of("event");
        String next = frames.of(new String("event"));

        assertThat(next).isEqualTo(first).isNotSameAs(first);
        assertThat(framings).hasValue(2);
    }

    @Test
    void eachThreadFramesForItself() throws Exception {
        Object push = new Object();
        frames.of(push);

        String onAnotherThread = CompletableFuture.supplyAsync(() -> frames.of(push)).get();

        assertThat(onAnotherThread).isEqualTo(frames.of(push));
        assertThat(framings).hasValue(2);
    }
}
