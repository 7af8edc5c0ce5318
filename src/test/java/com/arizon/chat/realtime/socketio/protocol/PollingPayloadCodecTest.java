package com.arizon.chat.realtime.socketio.protocol;

import static com.arizon.chat.realtime.socketio.protocol.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PollingPayloadCodecTest {

    @Test
    void specExampleOfTextPacketsRoundTrips() throws Exception {
        String payload = "4hello\u001e2\u001e4world";
        List<EngineIoPacket> packets = List.of(
                EngineIoPacket.message("hello"), new Text(EngineIoPacketType.PING), EngineIoPacket.message("world"));

        assertThat(PollingPayloadCodec.decode(payload)).isEqualTo(packets);
        assertThat(PollingPayloadCodec.encode(packets)).isEqualTo(payload);
    }

    @Test
    void specExampleOfTextAndBinaryPacketsRoundTrips() throws Exception {
        String payload = "4hello\u001ebAQIDBA==";
        List<EngineIoPacket> packets = List.of(EngineIoPacket.message("hello"), EngineIoPacket.message(bytes(1, 2, 3, 4)));

        assertThat(PollingPayloadCodec.decode(payload)).isEqualTo(packets);
        assertThat(PollingPayloadCodec.encode(packets)).isEqualTo(payload);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4hello", "4test1\u001e4test2\u001e4test3", "4hello\u001ebAQIDBA==", "3", "1", "6", "2\u001e2"})
    void testSuiteBodiesRoundTrip(String payload) throws Exception {
        assertThat(PollingPayloadCodec.encode(PollingPayloadCodec.decode(payload))).isEqualTo(payload);
    }

    @Test
    void mixedTextAndBinaryPayloadRoundTrips() throws Exception {
        List<EngineIoPacket> packets = List.of(
                EngineIoPacket.message("451-[\"upload\",{\"_placeholder\":true,\"num\":0}]"),
                EngineIoPacket.message(bytes(0, 255, 128, 30, 10)),
                new Text(EngineIoPacketType.PONG, "probe"),
                EngineIoPacket.message(new byte[0]),
                EngineIoPacket.message("42[\"caf\u00e9 \u20ac \ud83d\ude00\"]"),
                new Text(EngineIoPacketType.NOOP));

        String payload = PollingPayloadCodec.encode(packets);

        assertThat(PollingPayloadCodec.decode(payload)).isEqualTo(packets);
        assertThat(PollingPayloadCodec.decode(payload.getBytes(StandardCharsets.UTF_8))).isEqualTo(packets);
    }

    @Test
    void decodedPacketsCannotBeAltered() throws Exception {
        List<EngineIoPacket> packets = PollingPayloadCodec.decode("4a\u001e4b");

        assertThatThrownBy(() -> packets.add(EngineIoPacket.message("c")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void utf8BodiesAreDecoded() throws Exception {
        byte[] body = "42[\"\u20ac\"]\u001e42[\"\ud83d\ude00\"]".getBytes(StandardCharsets.UTF_8);

        assertThat(PollingPayloadCodec.decode(body)).containsExactly(
                EngineIoPacket.message("2[\"\u20ac\"]"), EngineIoPacket.message("2[\"\ud83d\ude00\"]"));
    }

    @Test
    void invalidUtf8IsRefused() {
        assertThatThrownBy(() -> PollingPayloadCodec.decode(bytes('4', 0xC3, 0x28)))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("payload is not valid UTF-8");
        assertThatThrownBy(() -> PollingPayloadCodec.decode(bytes('4', 0xED, 0xA0, 0x80)))
                .isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void emptyPayloadIsRefused() {
        assertThatThrownBy(() -> PollingPayloadCodec.decode(""))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("empty payload");
        assertThatThrownBy(() -> PollingPayloadCodec.decode(new byte[0]))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("empty payload");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4a\u001e\u001e4b", "4a\u001e", "\u001e4a", "\u001e"})
    void emptyRecordsAreRefused(String payload) {
        assertThatThrownBy(() -> PollingPayloadCodec.decode(payload))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("empty packet in payload");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "4hello\u001eabc", "4hello\u001e9", "x"})
    void unknownPacketTypesAreRefused(String payload) {
        assertThatThrownBy(() -> PollingPayloadCodec.decode(payload))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("unknown Engine.IO packet type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"b!!!!", "bAQIDBA=x", "bA", "4hello\u001ebAQ ID", "bAQIDBA===", "b\u20ac"})
    void badBase64IsRefused(String payload) {
        assertThatThrownBy(() -> PollingPayloadCodec.decode(payload))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("invalid base64 in binary packet");
    }

    @Test
    void encodingRefusesWhatCannotBeFramed() {
        assertThatThrownBy(() -> PollingPayloadCodec.encode(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PollingPayloadCodec.encode(List.of(EngineIoPacket.message("a\u001eb"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
