package com.arizon.chat.realtime.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WebSocketTransportTest {

    private final Fakes.Channel channel = new Fakes.Channel();
    private final WebSocketTransport transport = new WebSocketTransport(channel);
    private final List<String> events = new ArrayList<>();

    WebSocketTransportTest() {
        transport.bind(new WebSocketTransport.Events() {
            @Override
            public void drained(WebSocketTransport drained) {
                events.add("drained");
            }

            @Override
            public void failed(WebSocketTransport failed, Throwable cause) {
                events.add("failed: " + cause.getMessage());
            }
        });
    }

    @Test
    void sendsCompletingInsideTheCallGoOutInOrderWithoutRecursion() {
        List<EngineIoPacket> batch = IntStream.range(0, 50_000).mapToObj(i -> (EngineIoPacket) EngineIoPacket.message("" + i))
                .toList();

        sender().accept(batch);

        assertThat(channel.frames).hasSize(50_000).startsWith("40", "41").endsWith("449999");
        assertThat(events).containsExactly("drained");
    }

    @Test
    void oneFrameIsInFlightAtATimeAndTheTransportIsBusyUntilAllAreOut() {
        channel.holdCompletions = true;
        sender().accept(List.of(EngineIoPacket.message("a"), EngineIoPacket.message(new byte[] {1, 2})));

        assertThat(channel.frames).containsExactly("4a");
        assertThat(transport.reserve()).isEmpty();
        channel.completeNext(null);
        assertThat(channel.frames).containsExactly("4a", "<2 bytes>");
        channel.completeNext(null);

        assertThat(events).containsExactly("drained");
        assertThat(transport.reserve()).isPresent();
    }

    @Test
    void aFailedSendEndsTheTransport() {
        channel.holdCompletions = true;
        sender().accept(List.of(EngineIoPacket.message("a"), EngineIoPacket.message("b")));

        channel.completeNext(new IllegalStateException("gone"));

        assertThat(channel.frames).containsExactly("4a");
        assertThat(events).containsExactly("failed: gone");
        assertThat(transport.reserve()).isEmpty();
    }

    private Consumer<List<EngineIoPacket>> sender() {
        return transport.reserve().orElseThrow();
    }
}
