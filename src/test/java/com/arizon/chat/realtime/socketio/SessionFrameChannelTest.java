package com.arizon.chat.realtime.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionFrameChannelTest {

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<CloseReason> closes = new ArrayList<>();

    @Test
    void theFirstCloseDecidesTheStatusEvenWhileTheHandshakeSettles() {
        SessionFrameChannel channel = new SessionFrameChannel(webSocket(), scheduler);

        channel.closeTooBig();
        channel.close();
        awaitAClose();

        assertThat(closes).extracting(CloseReason::getCloseCode).containsExactly(CloseReason.CloseCodes.TOO_BIG);
    }

    @Test
    void aNormalCloseIsStatus1000() {
        SessionFrameChannel channel = new SessionFrameChannel(webSocket(), scheduler);

        channel.close();
        channel.closeTooBig();
        awaitAClose();

        assertThat(closes).extracting(CloseReason::getCloseCode)
                .containsExactly(CloseReason.CloseCodes.NORMAL_CLOSURE);
    }

    /** The channel waits out the handshake on the real clock, re-checking it on the scheduler's. */
    private void awaitAClose() {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            scheduler.advance(Duration.ofMillis(20));
            return !closes.isEmpty();
        });
    }

    /** A session that records its closes; open until the first. */
    private Session webSocket() {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (self, method, args) -> switch (method.getName()) {
                    case "getBasicRemote", "getAsyncRemote" -> null;
                    case "isOpen" -> closes.isEmpty();
                    case "close" -> {
                        closes.add((CloseReason) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
