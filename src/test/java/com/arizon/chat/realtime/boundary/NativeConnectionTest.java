package com.arizon.chat.realtime.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.realtime.control.CloseCause;
import com.arizon.chat.realtime.control.OutboundEvent;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NativeConnectionTest {

    private final FakeSession session = new FakeSession();

    @Test
    void framesLeaveInOrderWithEverySeventeenthConfirmedBeforeTheNextOnes() {
        NativeConnection connection = new NativeConnection(session.proxy(), 1_000, 1_000_000);

        IntStream.range(0, 40).forEach(i -> assertThat(connection.send(event(i))).isTrue());

        assertThat(session.sent).hasSize(17);
        assertThat(session.sent.subList(0, 16)).allMatch(sent -> sent.startsWith("writer "));
        assertThat(session.sent.get(16)).startsWith("async ");

        session.completePending();
        assertThat(session.sent).hasSize(34);
        assertThat(session.sent.get(33)).startsWith("async ");

        session.completePending();
        assertThat(session.sent).hasSize(40);
        assertThat(session.sent).map(sent -> sent.substring(sent.indexOf(' ') + 1))
                .containsExactlyElementsOf(IntStream.range(0, 40).mapToObj(i -> NativeFrames.of(event(i))).toList());
    }

    @Test
    void anAsynchronousSendCompletingInsideTheCallGoesOnDraining() {
        session.completeAtOnce = true;
        NativeConnection connection = new NativeConnection(session.proxy(), 1_000, 1_000_000);

        IntStream.range(0, 50).forEach(i -> connection.send(event(i)));

        assertThat(session.sent).hasSize(50);
        assertThat(session.sent).filteredOn(sent -> sent.startsWith("async ")).hasSize(2);
    }

    @Test
    void aClientThatNeverConfirmsIsDroppedOnceTheQueueOverflows() {
        NativeConnection connection = new NativeConnection(session.proxy(), 10, 1_000_000);

        // 16 written, the 17th awaits its completion, 10 wait in the queue: all accepted
        IntStream.range(0, 27).forEach(i -> assertThat(connection.send(event(i))).isTrue());
        assertThat(session.closedWith).isNull();

        assertThat(connection.send(event(27))).isFalse();
        assertThat(session.closedWith.getCloseCode().getCode()).isEqualTo(CloseCause.SLOW_CONSUMER.webSocketCode());
        assertThat(connection.send(event(28))).isFalse();
        assertThat(session.sent).hasSize(17);
    }

    @Test
    void aFailedWriteEndsTheConnectionQuietly() {
        session.failWrites = true;
        NativeConnection connection = new NativeConnection(session.proxy(), 1_000, 1_000_000);

        assertThat(connection.send(event(0))).isTrue();

        assertThat(connection.send(event(1))).isFalse();
    }

    @Test
    void aLargeFrameLeavesInFragmentsThatKeepSurrogatePairsWhole() {
        NativeConnection connection = new NativeConnection(session.proxy(), 1_000, 1_000_000);
        String prefix = NativeFrames.of(new OutboundEvent("new_message", "\"")).replace("\"}", "");
        // a surrogate pair straddling the end of the first 2,048 characters
        String data = "\"" + "a".repeat(2_047 - prefix.length()) + "\uD83D\uDE00" + "b".repeat(3_000) + "\"";
        OutboundEvent large = new OutboundEvent("new_message", data);

        connection.send(large);

        assertThat(session.fragments).hasSize(3);
        assertThat(String.join("", session.fragments)).isEqualTo(NativeFrames.of(large));
        assertThat(session.fragments).allSatisfy(fragment -> {
            assertThat(fragment.length()).isLessThanOrEqualTo(2_048);
            assertThat(Character.isHighSurrogate(fragment.charAt(fragment.length() - 1))).isFalse();
        });
    }

    @Test
    void theHeartbeatPingsAndClosesAConnectionWhosePreviousPingIsUnanswered() {
        NativeConnection connection = new NativeConnection(session.proxy(), 1_000, 1_000_000);

        connection.heartbeat();
        assertThat(session.pings).isEqualTo(1);
        assertThat(session.closedWith).isNull();

        connection.heartbeat();
        assertThat(session.pings).isEqualTo(1);
        assertThat(session.closedWith.getCloseCode().getCode()).isEqualTo(CloseCause.UNRESPONSIVE.webSocketCode());
        assertThat(connection.closeCause()).isEqualTo(CloseCause.UNRESPONSIVE);
    }

    @Test
    void anUnansweredPingBehindFramesTheClientDoesNotTakeClosesItAsASlowConsumer() {
        NativeConnection connection = new NativeConnection(session.proxy(), 1_000, 1_000_000);
        IntStream.range(0, 20).forEach(i -> connection.send(event(i))); // the 17th is never confirmed

        connection.heartbeat();
        connection.heartbeat();

        assertThat(session.closedWith.getCloseCode().getCode()).isEqualTo(CloseCause.SLOW_CONSUMER.webSocketCode());
        assertThat(connection.closeCause()).isEqualTo(CloseCause.SLOW_CONSUMER);
        assertThat(connection.outboundQueued()).isEqualTo(3);
    }

    @Test
    void aPongKeepsTheConnectionThroughTheNextBeat() {
        NativeConnection connection = new NativeConnection(session.proxy(), 1_000, 1_000_000);

        for (int beat = 0; beat < 3; beat++) {
            connection.heartbeat();
            connection.ponged();
        }

        assertThat(session.pings).isEqualTo(3);
        assertThat(session.closedWith).isNull();
    }

    private static OutboundEvent event(int number) {
        return new OutboundEvent("new_message", "{\"n\":" + number + "}");
    }

    /** A Jakarta WebSocket session whose sends are recorded; asynchronous ones complete when told. */
    private static final class FakeSession {
        final List<String> sent = new ArrayList<>();
        final List<SendHandler> pending = new ArrayList<>();
        final List<String> fragments = new ArrayList<>();
        boolean completeAtOnce;
        boolean failWrites;
        int pings;
        CloseReason closedWith;

        Session proxy() {
            RemoteEndpoint.Basic basic = proxy(RemoteEndpoint.Basic.class, (method, args) -> {
                if (!method.equals("getSendWriter")) {
                    throw new UnsupportedOperationException(method);
                }
                if (failWrites) {
                    throw new IllegalStateException("The connection has been closed.");
                }
                return new StringWriter() {
                    @Override
                    public void write(String text, int offset, int length) {
                        fragments.add(text.substring(offset, offset + length));
                        super.write(text, offset, length);
                    }

                    @Override
                    public void close() {
                        sent.add("writer " + this);
                    }
                };
            });
            RemoteEndpoint.Async async = proxy(RemoteEndpoint.Async.class, (method, args) -> {
                if (method.equals("sendPing")) {
                    pings++;
                    return null;
                }
                if (!method.equals("sendText") || args.length != 2) {
                    throw new UnsupportedOperationException(method);
                }
                sent.add("async " + args[0]);
                SendHandler handler = (SendHandler) args[1];
                if (completeAtOnce) {
                    handler.onResult(new SendResult());
                } else {
                    pending.add(handler);
                }
                return null;
            });
            return proxy(Session.class, (method, args) -> switch (method) {
                case "getId" -> "session-1";
                case "getBasicRemote" -> basic;
                case "getAsyncRemote" -> async;
                case "isOpen" -> closedWith == null;
                case "close" -> {
                    closedWith = (CloseReason) args[0];
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method);
            });
        }

        void completePending() {
            List<SendHandler> completing = List.copyOf(pending);
            pending.clear();
            completing.forEach(handler -> handler.onResult(new SendResult()));
        }

        private static <T> T proxy(Class<T> type, Answer answer) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (self, method, args) -> answer.apply(method.getName(), args == null ? new Object[0] : args)));
        }

        private interface Answer {
            Object apply(String method, Object[] args) throws Exception;
        }
    }
}
