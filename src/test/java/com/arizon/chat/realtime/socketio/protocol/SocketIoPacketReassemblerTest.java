package com.arizon.chat.realtime.socketio.protocol;

import static com.arizon.chat.realtime.socketio.protocol.Fixtures.array;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.bytes;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.packet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SocketIoPacketReassemblerTest {

    private final SocketIoPacketReassembler reassembler = new SocketIoPacketReassembler();

    @Test
    void textPacketsAreCompleteAtOnce() throws Exception {
        assertThat(reassembler.acceptText("2[\"hello\"]"))
                .contains(packet(SocketIoPacketType.EVENT, "/", "[\"hello\"]"));
        assertThat(reassembler.isAwaitingAttachments()).isFalse();
    }

    @Test
    void binaryPacketWaitsForEachAttachmentThenSubstitutesThem() throws Exception {
        // test suite: "should send a packet with binary attachments"
        assertThat(reassembler.acceptText(
                "52-[\"message\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]")).isEmpty();
        assertThat(reassembler.isAwaitingAttachments()).isTrue();
        assertThat(reassembler.acceptBinary(bytes(1, 2, 3))).isEmpty();

        SocketIoPacket packet = reassembler.acceptBinary(bytes(4, 5, 6)).orElseThrow();

        JsonArray data = packet.data().orElseThrow().asJsonArray();
        assertThat(packet.type()).isEqualTo(SocketIoPacketType.BINARY_EVENT);
        assertThat(data.getString(0)).isEqualTo("message");
        assertThat(packet.attachment(data.get(1))).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(packet.attachment(data.get(2))).hasValueSatisfying(b -> assertThat(b).containsExactly(4, 5, 6));
        assertThat(reassembler.isAwaitingAttachments()).isFalse();
    }

    @Test
    void placeholdersMayAppearAnywhereAndInAnyOrder() throws Exception {
        reassembler.acceptText("62-/admin,3[{\"files\":[{\"name\":\"a\",\"content\":{\"_placeholder\":true,\"num\":1}}],"
                + "\"thumb\":{\"_placeholder\":true,\"num\":0}}]");
        reassembler.acceptBinary(bytes(10));
        SocketIoPacket packet = reassembler.acceptBinary(bytes(20, 21)).orElseThrow();

        var reply = packet.data().orElseThrow().asJsonArray().getJsonObject(0);
        assertThat(packet.ackId()).hasValue(3);
        assertThat(packet.attachment(reply.get("thumb"))).hasValueSatisfying(b -> assertThat(b).containsExactly(10));
        assertThat(packet.attachment(reply.getJsonArray("files").getJsonObject(0).get("content")))
                .hasValueSatisfying(b -> assertThat(b).containsExactly(20, 21));
    }

    @Test
    void connectionCarriesOnAfterABinaryPacket() throws Exception {
        reassembler.acceptText("51-[\"a\",{\"_placeholder\":true,\"num\":0}]");
        reassembler.acceptBinary(bytes(1));

        assertThat(reassembler.acceptText("2[\"b\"]")).contains(packet(SocketIoPacketType.EVENT, "/", "[\"b\"]"));
        assertThat(reassembler.acceptText("51-[\"c\",{\"_placeholder\":true,\"num\":0}]")).isEmpty();
        assertThat(reassembler.acceptBinary(bytes(2))).contains(
                packet(SocketIoPacketType.BINARY_EVENT, "/", "[\"c\",{\"_placeholder\":true,\"num\":0}]", null, bytes(2)));
    }

    @Test
    void binaryPacketAnnouncingNoAttachmentIsCompleteAtOnce() throws Exception {
        assertThat(reassembler.acceptText("50-[\"a\"]"))
                .contains(packet(SocketIoPacketType.BINARY_EVENT, "/", "[\"a\"]"));
    }

    @Test
    void attachmentsAreCopiedOnArrival() throws Exception {
        byte[] attachment = bytes(1, 2);
        reassembler.acceptText("51-[\"a\",{\"_placeholder\":true,\"num\":0}]");
        SocketIoPacket packet = reassembler.acceptBinary(attachment).orElseThrow();
        attachment[0] = 9;
        packet.attachments().get(0)[1] = 9;

        assertThat(packet.attachments().get(0)).containsExactly(1, 2);
    }

    @Test
    void attachmentsAwaitingTheRestAreCopiedToo() throws Exception {
        byte[] first = bytes(1);
        reassembler.acceptText("52-[\"a\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
        reassembler.acceptBinary(first);
        first[0] = 9;

        assertThat(reassembler.acceptBinary(bytes(2)).orElseThrow().attachments().get(0)).containsExactly(1);
    }

    @Test
    void textWhileAwaitingAttachmentsIsRefused() throws Exception {
        reassembler.acceptText("52-[\"a\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
        reassembler.acceptBinary(bytes(1));

        assertThatThrownBy(() -> reassembler.acceptText("2[\"b\"]"))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("text packet received while awaiting binary attachments");
    }

    @Test
    void binaryWithoutABinaryPacketIsRefused() throws Exception {
        assertThatThrownBy(() -> reassembler.acceptBinary(bytes(1)))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("binary attachment received without a binary packet");

        reassembler.acceptText("2[\"a\"]");
        assertThatThrownBy(() -> reassembler.acceptBinary(bytes(1))).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void moreAttachmentsThanTheLimitAreRefusedBeforeAnyArrives() throws Exception {
        assertThat(new SocketIoPacketReassembler(2).acceptText("52-[\"a\"]")).isEmpty();
        assertThatThrownBy(() -> new SocketIoPacketReassembler(2).acceptText("53-[\"a\"]"))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("too many binary attachments");
        assertThatThrownBy(() -> reassembler.acceptText("52147483647-[\"a\"]"))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("too many binary attachments");
        assertThat(reassembler.isAwaitingAttachments()).isFalse();
    }

    @Test
    void limitOfZeroRefusesEveryAttachment() throws Exception {
        SocketIoPacketReassembler textOnly = new SocketIoPacketReassembler(0);

        assertThat(textOnly.acceptText("2[\"a\"]")).isPresent();
        assertThatThrownBy(() -> textOnly.acceptText("51-[\"a\"]")).isInstanceOf(MalformedPacketException.class);
        assertThatThrownBy(() -> new SocketIoPacketReassembler(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedTextIsRefusedWithTheDecodersReason() {
        assertThatThrownBy(() -> reassembler.acceptText("2{}"))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining("non-empty array");
    }

    @Test
    void valuesThatAreNotPlaceholdersOfThePacketResolveToNothing() throws Exception {
        reassembler.acceptText("51-[\"a\",{\"_placeholder\":true,\"num\":0}]");
        SocketIoPacket packet = reassembler.acceptBinary(bytes(1)).orElseThrow();
        JsonArray data = packet.data().orElseThrow().asJsonArray();

        assertThat(packet.attachment(data.get(0))).isEmpty();
        assertThat(packet.attachment(new BinaryPlaceholder(1).toJson())).isEmpty();
        assertThat(packet.attachment(array("[\"a\"]"))).isEmpty();
        assertThat(SocketIoPacket.event("/", array("[\"a\",{\"_placeholder\":true,\"num\":0}]"))
                .attachment(new BinaryPlaceholder(0).toJson())).isEqualTo(Optional.empty());
    }
}
