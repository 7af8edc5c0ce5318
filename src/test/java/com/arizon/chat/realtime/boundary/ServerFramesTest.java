package com.arizon.chat.realtime.boundary;

import com.arizon.chat.realtime.control.OutboundEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ServerFramesTest {

    @Test
    void textFramesAreUnmaskedWithTheShortestLength() {
        assertThat(ServerFrames.text("hi")).containsExactly(0x81, 2, 'h', 'i');
        byte[] medium = ServerFrames.text("x".repeat(300));
        assertThat(Arrays.copyOf(medium, 4)).containsExactly(0x81, 126, 1, 44);
        byte[] large = ServerFrames.text("x".repeat(70_000));
        assertThat(Arrays.copyOf(large, 10)).containsExactly(0x81, 127, 0, 0, 0, 0, 0, 1, 0x11, 0x70);
        assertThat(large).hasSize(10 + 70_000);
    }

    @Test
    void anEventIsFramedOnceForAllItsRecipients() {
        OutboundEvent event = new OutboundEvent("new_message", "{\"a\":1}");

        byte[] first = ServerFrames.event(event);

        assertThat(ServerFrames.event(event)).isSameAs(first);
        assertThat(new String(first, 2, first.length - 2, StandardCharsets.UTF_8))
                .isEqualTo("{\"event\":\"new_message\",\"data\":{\"a\":1}}");
        assertThat(ServerFrames.event(new OutboundEvent("new_message", "{\"a\":1}"))).isNotSameAs(first);
    }

    @Test
    void closeFramesCarryCodeAndReason() {
        assertThat(ServerFrames.close(1008, "no")).containsExactly(0x88, 4, 0x03, 0xF0, 'n', 'o');
        assertThat(ServerFrames.close(1000, "r".repeat(200))).hasSize(2 + 125);
    }

    @Test
    void pingAndPong() {
        assertThat(ServerFrames.ping()).containsExactly(0x89, 0);
        assertThat(ServerFrames.pong(new byte[] {7})).containsExactly(0x8A, 1, 7);
    }
}
