package com.arizon.chat.realtime.socketio.protocol;

import static com.arizon.chat.realtime.socketio.protocol.Fixtures.array;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SocketIoPacketEncoderTest {

    @Test
    void collectorExtractsBytesIntoNumberedAttachments() {
        AttachmentCollector binary = new AttachmentCollector();
        JsonArray data = Json.createArrayBuilder()
                .add("upload")
                .add(Json.createObjectBuilder().add("name", "a.png").add("content", binary.add(bytes(1, 2))))
                .add(binary.add(bytes(3)))
                .build();

        SocketIoPacket packet = SocketIoPacket.event("/files", data, binary.attachments());

        assertThat(SocketIoPacketEncoder.toEngineIoMessages(packet)).containsExactly(
                EngineIoPacket.message("52-/files,[\"upload\",{\"name\":\"a.png\",\"content\":"
                        + "{\"_placeholder\":true,\"num\":0}},{\"_placeholder\":true,\"num\":1}]"),
                EngineIoPacket.message(bytes(1, 2)),
                EngineIoPacket.message(bytes(3)));
    }

    @Test
    void collectorOwnsItsBytes() {
        AttachmentCollector binary = new AttachmentCollector();
        byte[] bytes = bytes(1);
        binary.add(bytes);
        bytes[0] = 9;
        binary.attachments().get(0)[0] = 8;

        assertThat(binary.attachments()).singleElement().satisfies(b -> assertThat(b).containsExactly(1));
    }

    @Test
    void binaryPacketRoundTripsThroughAPollingPayload() throws Exception {
        AttachmentCollector binary = new AttachmentCollector();
        JsonArray data = Json.createArrayBuilder().add("file").add(binary.add(bytes(0, 1, 254, 255))).build();
        SocketIoPacket sent = SocketIoPacket.ack("/", 42, data, binary.attachments());

        String payload = PollingPayloadCodec.encode(SocketIoPacketEncoder.toEngineIoMessages(sent));
        assertThat(payload).isEqualTo("461-42[\"file\",{\"_placeholder\":true,\"num\":0}]\u001ebAAH+/w==");

        assertThat(receive(PollingPayloadCodec.decode(payload))).isEqualTo(sent);
    }

    @Test
    void recordSeparatorInsideStringsIsEscapedSoPollingPayloadsStayFramed() throws Exception {
        SocketIoPacket sent = SocketIoPacket.event("/", array("[\"a\\u001eb\",\"\\u0000\"]"));

        String text = SocketIoPacketEncoder.encodeText(sent);
        String payload = PollingPayloadCodec.encode(SocketIoPacketEncoder.toEngineIoMessages(sent));

        assertThat(text).isEqualTo("2[\"a\\u001eb\",\"\\u0000\"]");
        assertThat(receive(PollingPayloadCodec.decode(payload))).isEqualTo(sent);
    }

    @Test
    void nonAsciiTextIsWrittenAsIs() {
        SocketIoPacket sent = SocketIoPacket.event("/", array("[\"new_message\",{\"content\":\"caf\u00e9 \ud83d\ude00\"}]"));

        assertThat(SocketIoPacketEncoder.encodeText(sent))
                .isEqualTo("2[\"new_message\",{\"content\":\"caf\u00e9 \ud83d\ude00\"}]");
    }

    @Test
    void textPacketIsOneMessage() {
        assertThat(SocketIoPacketEncoder.toEngineIoMessages(SocketIoPacket.disconnect("/")))
                .containsExactly(EngineIoPacket.message("1"));
    }

    private static SocketIoPacket receive(List<EngineIoPacket> messages) throws MalformedPacketException {
        SocketIoPacketReassembler reassembler = new SocketIoPacketReassembler();
        SocketIoPacket packet = null;
        for (EngineIoPacket message : messages) {
            var result = message instanceof EngineIoPacket.Binary binary
                    ? reassembler.acceptBinary(binary.data())
                    : reassembler.acceptText(((EngineIoPacket.Text) message).data());
            packet = result.orElse(packet);
        }
        return packet;
    }

    @Test
    void preSerialisedArgumentsAreWrappedAsTheyAre() throws Exception {
        String event = SocketIoPacketEncoder.encodeEvent("/", "new_\"message", "{\"b\":2,\"a\":1}");

        assertThat(event).isEqualTo("2[\"new_\\\"message\",{\"b\":2,\"a\":1}]");
        assertThat(SocketIoPacketDecoder.decode(event).data().orElseThrow().asJsonArray().getString(0))
                .isEqualTo("new_\"message");
        assertThat(SocketIoPacketEncoder.encodeEvent("/admin", "x", "null")).isEqualTo("2/admin,[\"x\",null]");
        assertThat(SocketIoPacketEncoder.encodeAck("/", 12, Optional.of("{}"))).isEqualTo("312[{}]");
        assertThat(SocketIoPacketEncoder.encodeAck("/admin", 3, Optional.empty())).isEqualTo("3/admin,3[]");
    }
}
