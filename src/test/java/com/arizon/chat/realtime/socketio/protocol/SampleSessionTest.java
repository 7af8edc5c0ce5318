package com.arizon.chat.realtime.socketio.protocol;

import static com.arizon.chat.realtime.socketio.protocol.Fixtures.array;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.bytes;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.object;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.packet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.realtime.socketio.protocol.EngineIoPacket.Text;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Socket.IO specification's sample session, both layers together, as the server sees it. */
class SampleSessionTest {

    private final SocketIoPacketReassembler reassembler = new SocketIoPacketReassembler();

    @Test
    void longPollingPart() throws Exception {
        EngineIoHandshake handshake = new EngineIoHandshake("lv_VI97HAXpY6yYWAAAC", List.of("websocket"),
                Duration.ofMillis(25000), Duration.ofMillis(5000), 1_000_000);
        assertThat(PollingPayloadCodec.encode(List.of(handshake.toOpenPacket()))).isEqualTo(
                "0{\"sid\":\"lv_VI97HAXpY6yYWAAAC\",\"upgrades\":[\"websocket\"],\"pingInterval\":25000,"
                        + "\"pingTimeout\":5000,\"maxPayload\":1000000}");

        // request 2: namespace connection request
        List<EngineIoPacket> connect = PollingPayloadCodec.decode("40");
        assertThat(connect).containsExactly(EngineIoPacket.message("0"));
        assertThat(reassembler.acceptText(((Text) connect.get(0)).data()))
                .contains(packet(SocketIoPacketType.CONNECT, "/", null));

        // requests 3 and 4: namespace connection approval, then socket.emit('hey', 'Jude')
        assertThat(poll(SocketIoPacket.connect("/", object("{\"sid\":\"wZX3oN0bSVIhsaknAAAI\"}"))))
                .isEqualTo("40{\"sid\":\"wZX3oN0bSVIhsaknAAAI\"}");
        assertThat(poll(SocketIoPacket.event("/", array("[\"hey\",\"Jude\"]")))).isEqualTo("42[\"hey\",\"Jude\"]");

        // request 5: socket.emit('hello'); socket.emit('world');
        List<EngineIoPacket> posted = PollingPayloadCodec.decode("42[\"hello\"]\u001e42[\"world\"]");
        assertThat(posted).hasSize(2);
        assertThat(reassembler.acceptText(((Text) posted.get(0)).data()))
                .contains(SocketIoPacket.event("/", array("[\"hello\"]")));
        assertThat(reassembler.acceptText(((Text) posted.get(1)).data()))
                .contains(SocketIoPacket.event("/", array("[\"world\"]")));
    }

    @Test
    void webSocketPart() throws Exception {
        assertThat(EngineIoPacketCodec.decode("2probe")).isEqualTo(new Text(EngineIoPacketType.PING, "probe"));
        assertThat(EngineIoPacketCodec.encode(new Text(EngineIoPacketType.PONG, "probe"))).isEqualTo("3probe");
        assertThat(EngineIoPacketCodec.decode("5").type()).isEqualTo(EngineIoPacketType.UPGRADE);

        assertThat(receive("42[\"hello\"]")).isEqualTo(SocketIoPacket.event("/", array("[\"hello\"]")));
        assertThat(receive("40/admin,")).isEqualTo(packet(SocketIoPacketType.CONNECT, "/admin", null));
        assertThat(frames(SocketIoPacket.connect("/admin", object("{\"sid\":\"-G5j-67EZFp-q59rADQM\"}"))))
                .containsExactly("40/admin,{\"sid\":\"-G5j-67EZFp-q59rADQM\"}");

        SocketIoPacket tellme = receive("42/admin,1[\"tellme\"]");
        assertThat(tellme.ackId()).hasValue(1);
        assertThat(tellme.namespace()).isEqualTo("/admin");

        AttachmentCollector binary = new AttachmentCollector();
        SocketIoPacket reply = SocketIoPacket.ack(tellme.namespace(), tellme.ackId().getAsLong(),
                Json.createArrayBuilder().add(binary.add(bytes(1, 2, 3))).build(), binary.attachments());
        List<EngineIoPacket> replyFrames = SocketIoPacketEncoder.toEngineIoMessages(reply);
        assertThat(EngineIoPacketCodec.encode((Text) replyFrames.get(0)))
                .isEqualTo("461-/admin,1[{\"_placeholder\":true,\"num\":0}]");
        assertThat(replyFrames.get(1)).isEqualTo(EngineIoPacket.message(bytes(1, 2, 3)));

        assertThat(EngineIoPacketCodec.encode(new Text(EngineIoPacketType.PING))).isEqualTo("2");
        assertThat(EngineIoPacketCodec.decode("3").type()).isEqualTo(EngineIoPacketType.PONG);
        assertThat(EngineIoPacketCodec.decode("1").type()).isEqualTo(EngineIoPacketType.CLOSE);
    }

    @Test
    void testSuiteHandshakeAndInvalidFrames() throws Exception {
        // Engine.IO accepts "4abc" as a message; Socket.IO then refuses "abc"
        Text message = EngineIoPacketCodec.decode("4abc");
        assertThatThrownBy(() -> reassembler.acceptText(message.data())).isInstanceOf(MalformedPacketException.class);
        assertThatThrownBy(() -> new SocketIoPacketReassembler().acceptText(EngineIoPacketCodec.decode("42{}").data()))
                .isInstanceOf(MalformedPacketException.class);
        assertThatThrownBy(() -> new SocketIoPacketReassembler().acceptText(
                EngineIoPacketCodec.decode("42abc[\"message-with-ack\",1,\"2\",{\"3\":[false]}]").data()))
                .isInstanceOf(MalformedPacketException.class);
        assertThatThrownBy(() -> EngineIoPacketCodec.decode("abc")).isInstanceOf(MalformedPacketException.class);
    }

    private SocketIoPacket receive(String frame) throws MalformedPacketException {
        Text message = EngineIoPacketCodec.decode(frame);
        assertThat(message.type()).isEqualTo(EngineIoPacketType.MESSAGE);
        return reassembler.acceptText(message.data()).orElseThrow();
    }

    private static String poll(SocketIoPacket packet) {
        return PollingPayloadCodec.encode(SocketIoPacketEncoder.toEngineIoMessages(packet));
    }

    private static List<String> frames(SocketIoPacket packet) {
        return SocketIoPacketEncoder.toEngineIoMessages(packet).stream()
                .map(message -> EngineIoPacketCodec.encode((Text) message))
                .toList();
    }
}
