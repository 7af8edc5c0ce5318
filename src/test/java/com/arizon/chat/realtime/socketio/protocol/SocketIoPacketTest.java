package com.arizon.chat.realtime.socketio.protocol;

import static com.arizon.chat.realtime.socketio.protocol.Fixtures.array;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.bytes;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.json;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.object;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.packet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SocketIoPacketTest {

    private static final String PLACEHOLDER_0 = "{\"_placeholder\":true,\"num\":0}";

    @Test
    void factoriesBuildTheServersPackets() {
        assertThat(SocketIoPacket.connect("/", object("{\"sid\":\"x\"}")))
                .isEqualTo(packet(SocketIoPacketType.CONNECT, "/", "{\"sid\":\"x\"}"));
        assertThat(SocketIoPacket.disconnect("/admin")).isEqualTo(packet(SocketIoPacketType.DISCONNECT, "/admin", null));
        assertThat(SocketIoPacket.connectError("/", "Not authorized"))
                .isEqualTo(packet(SocketIoPacketType.CONNECT_ERROR, "/", "{\"message\":\"Not authorized\"}"));
        assertThat(SocketIoPacket.event("/", array("[\"foo\"]"))).isEqualTo(packet(SocketIoPacketType.EVENT, "/", "[\"foo\"]"));
        assertThat(SocketIoPacket.ack("/", 12, array("[]"))).isEqualTo(packet(SocketIoPacketType.ACK, "/", "[]", 12L));
    }

    @Test
    void factoriesPickTheBinaryTypeWhenThereAreAttachments() {
        assertThat(SocketIoPacket.event("/", array("[\"baz\"," + PLACEHOLDER_0 + "]"), List.of(bytes(1))).type())
                .isEqualTo(SocketIoPacketType.BINARY_EVENT);
        assertThat(SocketIoPacket.event("/", array("[\"baz\"]"), List.of()).type()).isEqualTo(SocketIoPacketType.EVENT);
        assertThat(SocketIoPacket.ack("/", 15, array("[\"bar\"," + PLACEHOLDER_0 + "]"), List.of(bytes(1))))
                .isEqualTo(packet(SocketIoPacketType.BINARY_ACK, "/", "[\"bar\"," + PLACEHOLDER_0 + "]", 15L, bytes(1)));
    }

    @Test
    void refusesNamespacesTheWireCannotCarry() {
        assertRefused(() -> SocketIoPacket.disconnect("admin"), "namespace must start with /");
        assertRefused(() -> SocketIoPacket.disconnect(""), "namespace must start with /");
        assertRefused(() -> SocketIoPacket.disconnect("/a,b"), "namespace holds a forbidden character");
        assertRefused(() -> SocketIoPacket.disconnect("/a\u001eb"), "namespace holds a forbidden character");
    }

    @Test
    void refusesAckIdsWhereTheyDoNotBelongOrOutOfRange() {
        assertRefused(() -> packet(SocketIoPacketType.CONNECT, "/", null, 1L), "CONNECT carries no ack id");
        assertRefused(() -> packet(SocketIoPacketType.DISCONNECT, "/", null, 1L), "DISCONNECT carries no ack id");
        assertRefused(() -> SocketIoPacket.ack("/", -1, array("[]")), "ack id out of range");
        assertRefused(() -> SocketIoPacket.ack("/", SocketIoPacket.MAX_ACK_ID + 1, array("[]")), "ack id out of range");
        assertRefused(() -> packet(SocketIoPacketType.ACK, "/", "[]"), "ACK requires an ack id");
        assertThat(SocketIoPacket.ack("/", SocketIoPacket.MAX_ACK_ID, array("[]")).ackId())
                .isEqualTo(OptionalLong.of(9_007_199_254_740_991L));
    }

    @Test
    void refusesPayloadsOfTheWrongShape() {
        assertRefused(() -> SocketIoPacket.event("/", array("[]")),
                "EVENT payload must be a non-empty array starting with the event name");
        assertRefused(() -> SocketIoPacket.event("/", array("[1,\"a\"]")),
                "EVENT payload must be a non-empty array starting with the event name");
        assertRefused(() -> packet(SocketIoPacketType.EVENT, "/", null),
                "EVENT payload must be a non-empty array starting with the event name");
        assertRefused(() -> packet(SocketIoPacketType.CONNECT, "/", "[]"), "CONNECT payload must be an object");
        assertRefused(() -> packet(SocketIoPacketType.DISCONNECT, "/", "{}"), "DISCONNECT carries no payload");
        assertRefused(() -> packet(SocketIoPacketType.CONNECT_ERROR, "/", null), "CONNECT_ERROR payload must be an object");
        assertRefused(() -> packet(SocketIoPacketType.ACK, "/", "{}", 1L), "ACK payload must be an array");
    }

    @Test
    void refusesAttachmentsThatDoNotMatchThePlaceholders() {
        assertRefused(() -> packet(SocketIoPacketType.EVENT, "/", "[\"a\"]", null, bytes(1)), "EVENT carries no attachments");
        assertRefused(() -> packet(SocketIoPacketType.BINARY_EVENT, "/", "[\"a\"," + PLACEHOLDER_0 + "]"),
                "binary placeholder refers to a missing attachment");
        assertRefused(() -> packet(SocketIoPacketType.BINARY_EVENT, "/", "[\"a\",{\"_placeholder\":true}]", null, bytes(1)),
                "invalid binary placeholder");
    }

    @Test
    void headerRefusesWhatThePacketRefuses() {
        assertRefused(() -> new SocketIoPacketHeader(SocketIoPacketType.EVENT, "/", Optional.of(json("{}")),
                OptionalLong.empty(), 0), "EVENT payload must be a non-empty array starting with the event name");
        assertRefused(() -> new SocketIoPacketHeader(SocketIoPacketType.BINARY_EVENT, "/", Optional.of(json("[\"a\"]")),
                OptionalLong.empty(), -1), "attachment count must not be negative");

        SocketIoPacketHeader header = new SocketIoPacketHeader(SocketIoPacketType.BINARY_EVENT, "/",
                Optional.of(json("[\"a\"," + PLACEHOLDER_0 + "]")), OptionalLong.empty(), 1);
        assertThatThrownBy(() -> header.withAttachments(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(header.withAttachments(List.of(bytes(5))).attachmentCount()).isEqualTo(1);
    }

    @Test
    void ownsItsAttachments() {
        byte[] attachment = bytes(1, 2);
        SocketIoPacket packet = SocketIoPacket.event("/", array("[\"a\"," + PLACEHOLDER_0 + "]"), List.of(attachment));
        attachment[0] = 9;
        packet.attachments().get(0)[1] = 9;
        packet.attachment(new BinaryPlaceholder(0).toJson()).orElseThrow()[0] = 9;

        assertThat(packet.attachments().get(0)).containsExactly(1, 2);
        assertThatThrownBy(() -> packet.attachments().add(bytes(3))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityComparesAttachmentContent() {
        SocketIoPacket one = SocketIoPacket.event("/", array("[\"a\"," + PLACEHOLDER_0 + "]"), List.of(bytes(1, 2)));
        SocketIoPacket same = SocketIoPacket.event("/", array("[\"a\"," + PLACEHOLDER_0 + "]"), List.of(bytes(1, 2)));
        SocketIoPacket other = SocketIoPacket.event("/", array("[\"a\"," + PLACEHOLDER_0 + "]"), List.of(bytes(1, 3)));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(one.toString()).contains("BINARY_EVENT", "attachmentSizes=[2]");
    }

    @Test
    void placeholderRoundTripsThroughJson() {
        assertThat(new BinaryPlaceholder(3).toJson()).isEqualTo(json("{\"_placeholder\":true,\"num\":3}"));
        assertThat(BinaryPlaceholder.of(json("{\"num\":3,\"_placeholder\":true,\"extra\":1}")))
                .contains(new BinaryPlaceholder(3));
        assertThat(BinaryPlaceholder.of(json("{\"_placeholder\":1,\"num\":3}"))).isEmpty();
        assertThat(BinaryPlaceholder.of(json("[]"))).isEmpty();
        assertThatThrownBy(() -> new BinaryPlaceholder(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(Runnable construction, String reason) {
        assertThatThrownBy(construction::run).isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }
}
