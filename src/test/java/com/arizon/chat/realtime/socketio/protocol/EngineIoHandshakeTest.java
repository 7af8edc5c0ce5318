package com.arizon.chat.realtime.socketio.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineIoHandshakeTest {

    @Test
    void specExampleHandshakeData() {
        EngineIoHandshake handshake = new EngineIoHandshake("lv_VI97HAXpY6yYWAAAC", List.of("websocket"),
                Duration.ofMillis(25000), Duration.ofMillis(20000), 1_000_000);

        assertThat(handshake.toJson()).isEqualTo(Fixtures.json("""
                {
                  "sid": "lv_VI97HAXpY6yYWAAAC",
                  "upgrades": ["websocket"],
                  "pingInterval": 25000,
                  "pingTimeout": 20000,
                  "maxPayload": 1000000
                }"""));
    }

    @Test
    void sampleSessionOpenPacketIsWrittenExactly() {
        EngineIoHandshake handshake = new EngineIoHandshake("lv_VI97HAXpY6yYWAAAC", List.of("websocket"),
                Duration.ofSeconds(25), Duration.ofSeconds(5), 1_000_000);

        assertThat(EngineIoPacketCodec.encode(handshake.toOpenPacket())).isEqualTo(
                "0{\"sid\":\"lv_VI97HAXpY6yYWAAAC\",\"upgrades\":[\"websocket\"],"
                        + "\"pingInterval\":25000,\"pingTimeout\":5000,\"maxPayload\":1000000}");
    }

    @Test
    void webSocketSessionsOfferNoUpgrade() {
        EngineIoHandshake handshake = new EngineIoHandshake("abc", List.of(),
                Duration.ofMillis(300), Duration.ofMillis(200), 1_000_000);

        assertThat(handshake.toJson().getJsonArray("upgrades")).isEmpty();
        assertThat(handshake.toJson().keySet())
                .containsExactly("sid", "upgrades", "pingInterval", "pingTimeout", "maxPayload");
    }

    @Test
    void sidIsEscapedAsJson() {
        EngineIoHandshake handshake = new EngineIoHandshake("a\"b", List.of(),
                Duration.ofMillis(1), Duration.ofMillis(1), 1);

        assertThat(handshake.toJson().getString("sid")).isEqualTo("a\"b");
        assertThat(handshake.toOpenPacket().data()).startsWith("{\"sid\":\"a\\\"b\"");
    }

    @Test
    void upgradesAreCopied() {
        List<String> upgrades = new ArrayList<>(List.of("websocket"));
        EngineIoHandshake handshake = new EngineIoHandshake("s", upgrades, Duration.ofMillis(1), Duration.ofMillis(1), 1);
        upgrades.clear();

        assertThat(handshake.upgrades()).containsExactly("websocket");
    }

    @Test
    void refusesSettingsNoClientCouldUse() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new EngineIoHandshake("", List.of(), second, second, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineIoHandshake("s", List.of(), Duration.ZERO, second, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineIoHandshake("s", List.of(), second, Duration.ofNanos(10), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EngineIoHandshake("s", List.of(), second, second, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
