package com.arizon.chat.realtime.socketio.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket.Binary;
import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EngineIoPacketCodecTest {

    @ParameterizedTest
    @CsvSource({"OPEN,0", "CLOSE,1", "PING,2", "PONG,3", "MESSAGE,4", "UPGRADE,5", "NOOP,6"})
    void typesAreWrittenAsTheirSpecIds(EngineIoPacketType type, char code) throws Exception {
        assertThat(type.code()).isEqualTo(code);
        assertThat(EngineIoPacketType.fromCode(code)).contains(type);
        assertThat(EngineIoPacketCodec.decode(String.valueOf(code))).isEqualTo(new Text(type));
        assertThat(EngineIoPacketCodec.encode(new Text(type))).isEqualTo(String.valueOf(code));
    }

    @Test
    void webSocketFrameExampleIsAMessageWithItsPayload() throws Exception {
        assertThat(EngineIoPacketCodec.decode("4hello")).isEqualTo(EngineIoPacket.message("hello"));
        assertThat(EngineIoPacketCodec.encode(EngineIoPacket.message("hello"))).isEqualTo("4hello");
    }

    @Test
    void upgradeExampleFramesRoundTrip() throws Exception {
        assertThat(EngineIoPacketCodec.decode("2probe")).isEqualTo(new Text(EngineIoPacketType.PING, "probe"));
        assertThat(EngineIoPacketCodec.encode(new Text(EngineIoPacketType.PONG, "probe"))).isEqualTo("3probe");
        assertThat(EngineIoPacketCodec.decode("5")).isEqualTo(new Text(EngineIoPacketType.UPGRADE));
    }

    @Test
    void messageDataIsKeptVerbatimIncludingNonAsciiAndSeparators() throws Exception {
        String data = "€ 😀 \u001e \"quoted\"";
        assertThat(EngineIoPacketCodec.decode("4" + data).data()).isEqualTo(data);
        assertThat(EngineIoPacketCodec.decode("4")).isEqualTo(EngineIoPacket.message(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "7", "9hello", "bAQIDBA==", " 4hello", "-1"})
    void unknownTypesAreRefused(String frame) {
        // "abc" is the test suite's invalid packet; "b..." is polling-only, never a WebSocket text frame
        assertThatThrownBy(() -> EngineIoPacketCodec.decode(frame))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("unknown Engine.IO packet type");
    }

    @Test
    void emptyFrameIsRefused() {
        assertThatThrownBy(() -> EngineIoPacketCodec.decode(""))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("empty Engine.IO packet");
    }

    @Test
    void binaryMessagesOwnTheirBytes() {
        byte[] bytes = Fixtures.bytes(1, 2, 3, 4);
        Binary binary = new Binary(bytes);
        bytes[0] = 9;
        binary.data()[1] = 9;

        assertThat(binary.data()).containsExactly(1, 2, 3, 4);
        assertThat(binary.type()).isEqualTo(EngineIoPacketType.MESSAGE);
        assertThat(binary).isEqualTo(EngineIoPacket.message(Fixtures.bytes(1, 2, 3, 4)))
                .hasSameHashCodeAs(EngineIoPacket.message(Fixtures.bytes(1, 2, 3, 4)))
                .isNotEqualTo(EngineIoPacket.message(Fixtures.bytes(1, 2, 3)));
        assertThat(binary).hasToString("Binary[4 bytes]");
    }
}
