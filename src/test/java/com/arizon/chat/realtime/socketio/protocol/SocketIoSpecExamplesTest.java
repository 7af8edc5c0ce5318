package com.arizon.chat.realtime.socketio.protocol;

import static com.arizon.chat.realtime.socketio.protocol.Fixtures.bytes;
import static com.arizon.chat.realtime.socketio.protocol.Fixtures.packet;
import static com.arizon.chat.realtime.socketio.protocol.SocketIoPacketType.ACK;
import static com.arizon.chat.realtime.socketio.protocol.SocketIoPacketType.BINARY_ACK;
import static com.arizon.chat.realtime.socketio.protocol.SocketIoPacketType.BINARY_EVENT;
import static com.arizon.chat.realtime.socketio.protocol.SocketIoPacketType.CONNECT;
import static com.arizon.chat.realtime.socketio.protocol.SocketIoPacketType.CONNECT_ERROR;
import static com.arizon.chat.realtime.socketio.protocol.SocketIoPacketType.DISCONNECT;
import static com.arizon.chat.realtime.socketio.protocol.SocketIoPacketType.EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every packet the Socket.IO v5 specification shows, with its encoded form: in "Packet encoding",
 * in "Exchange protocol", in the sample session and in the test suite. Each decodes to the packet
 * and encodes back to the same text.
 */
class SocketIoSpecExamplesTest {

    private static final String PLACEHOLDER_0 = "{\"_placeholder\":true,\"num\":0}";
    private static final String PLACEHOLDER_1 = "{\"_placeholder\":true,\"num\":1}";

    static Stream<Arguments> packetEncodingExamples() {
        return Stream.of(
                example("0", packet(CONNECT, "/", null)),
                example("0/admin,{\"sid\":\"oSO0OpakMV_3jnilAAAA\"}",
                        packet(CONNECT, "/admin", "{\"sid\":\"oSO0OpakMV_3jnilAAAA\"}")),
                example("4{\"message\":\"Not authorized\"}",
                        packet(CONNECT_ERROR, "/", "{\"message\":\"Not authorized\"}")),
                example("2[\"foo\"]", packet(EVENT, "/", "[\"foo\"]")),
                example("2/admin,[\"bar\"]", packet(EVENT, "/admin", "[\"bar\"]")),
                example("51-[\"baz\"," + PLACEHOLDER_0 + "]",
                        packet(BINARY_EVENT, "/", "[\"baz\"," + PLACEHOLDER_0 + "]", null, bytes(1, 2, 3, 4))),
                example("52-/admin,[\"baz\"," + PLACEHOLDER_0 + "," + PLACEHOLDER_1 + "]",
                        packet(BINARY_EVENT, "/admin", "[\"baz\"," + PLACEHOLDER_0 + "," + PLACEHOLDER_1 + "]", null,
                                bytes(1, 2), bytes(3, 4))),
                example("212[\"foo\"]", packet(EVENT, "/", "[\"foo\"]", 12L)),
                example("3/admin,13[\"bar\"]", packet(ACK, "/admin", "[\"bar\"]", 13L)),
                example("61-15[\"bar\"," + PLACEHOLDER_0 + "]",
                        packet(BINARY_ACK, "/", "[\"bar\"," + PLACEHOLDER_0 + "]", 15L, bytes(1, 2, 3, 4))),
                example("1", packet(DISCONNECT, "/", null)),
                example("1/admin,", packet(DISCONNECT, "/admin", null)));
    }

    static Stream<Arguments> exchangeProtocolExamples() {
        return Stream.of(
                example("0/admin,", packet(CONNECT, "/admin", null)),
                example("0{\"sid\":\"wZX3oN0bSVIhsaknAAAI\"}", packet(CONNECT, "/", "{\"sid\":\"wZX3oN0bSVIhsaknAAAI\"}")),
                example("0/admin,{\"token\":\"123\"}", packet(CONNECT, "/admin", "{\"token\":\"123\"}")),
                example("0/admin,{\"sid\":\"iLnRaVGHY4B75TeVAAAB\"}",
                        packet(CONNECT, "/admin", "{\"sid\":\"iLnRaVGHY4B75TeVAAAB\"}")),
                example("312[]", packet(ACK, "/", "[]", 12L)),
                example("2/admin,13[\"foo\"]", packet(EVENT, "/admin", "[\"foo\"]", 13L)),
                example("51-14[\"foo\"," + PLACEHOLDER_0 + "]",
                        packet(BINARY_EVENT, "/", "[\"foo\"," + PLACEHOLDER_0 + "]", 14L, bytes(1, 2, 3, 4))),
                example("314[\"bar\"]", packet(ACK, "/", "[\"bar\"]", 14L)),
                example("215[\"foo\"]", packet(EVENT, "/", "[\"foo\"]", 15L)));
    }

    static Stream<Arguments> sampleSessionExamples() {
        return Stream.of(
                example("2[\"hey\",\"Jude\"]", packet(EVENT, "/", "[\"hey\",\"Jude\"]")),
                example("2[\"hello\"]", packet(EVENT, "/", "[\"hello\"]")),
                example("2[\"world\"]", packet(EVENT, "/", "[\"world\"]")),
                example("0/admin,{\"sid\":\"-G5j-67EZFp-q59rADQM\"}",
                        packet(CONNECT, "/admin", "{\"sid\":\"-G5j-67EZFp-q59rADQM\"}")),
                example("2/admin,1[\"tellme\"]", packet(EVENT, "/admin", "[\"tellme\"]", 1L)),
                example("61-/admin,1[" + PLACEHOLDER_0 + "]",
                        packet(BINARY_ACK, "/admin", "[" + PLACEHOLDER_0 + "]", 1L, bytes(7))));
    }

    static Stream<Arguments> testSuiteExamples() {
        return Stream.of(
                example("0{\"token\":\"123\"}", packet(CONNECT, "/", "{\"token\":\"123\"}")),
                example("0/custom,", packet(CONNECT, "/custom", null)),
                example("0/custom,{\"token\":\"abc\"}", packet(CONNECT, "/custom", "{\"token\":\"abc\"}")),
                example("2[\"auth\",{}]", packet(EVENT, "/", "[\"auth\",{}]")),
                example("2[\"auth\",{\"token\":\"123\"}]", packet(EVENT, "/", "[\"auth\",{\"token\":\"123\"}]")),
                example("2/custom,[\"auth\",{}]", packet(EVENT, "/custom", "[\"auth\",{}]")),
                example("4/random,{\"message\":\"Invalid namespace\"}",
                        packet(CONNECT_ERROR, "/random", "{\"message\":\"Invalid namespace\"}")),
                example("2[\"message\",1,\"2\",{\"3\":[true]}]", packet(EVENT, "/", "[\"message\",1,\"2\",{\"3\":[true]}]")),
                example("2[\"message-back\",1,\"2\",{\"3\":[true]}]",
                        packet(EVENT, "/", "[\"message-back\",1,\"2\",{\"3\":[true]}]")),
                example("2[\"message\",\"message to main namespace\"]",
                        packet(EVENT, "/", "[\"message\",\"message to main namespace\"]")),
                example("52-[\"message\"," + PLACEHOLDER_0 + "," + PLACEHOLDER_1 + "]",
                        packet(BINARY_EVENT, "/", "[\"message\"," + PLACEHOLDER_0 + "," + PLACEHOLDER_1 + "]", null,
                                bytes(1, 2, 3), bytes(4, 5, 6))),
                example("2456[\"message-with-ack\",1,\"2\",{\"3\":[false]}]",
                        packet(EVENT, "/", "[\"message-with-ack\",1,\"2\",{\"3\":[false]}]", 456L)),
                example("3456[1,\"2\",{\"3\":[false]}]", packet(ACK, "/", "[1,\"2\",{\"3\":[false]}]", 456L)),
                example("52-789[\"message-with-ack\"," + PLACEHOLDER_0 + "," + PLACEHOLDER_1 + "]",
                        packet(BINARY_EVENT, "/", "[\"message-with-ack\"," + PLACEHOLDER_0 + "," + PLACEHOLDER_1 + "]",
                                789L, bytes(1, 2, 3), bytes(4, 5, 6))),
                example("62-789[" + PLACEHOLDER_0 + "," + PLACEHOLDER_1 + "]",
                        packet(BINARY_ACK, "/", "[" + PLACEHOLDER_0 + "," + PLACEHOLDER_1 + "]", 789L,
                                bytes(1, 2, 3), bytes(4, 5, 6))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"packetEncodingExamples", "exchangeProtocolExamples", "sampleSessionExamples", "testSuiteExamples"})
    void decodesToThePacket(String encoded, SocketIoPacket expected) throws Exception {
        SocketIoPacketReassembler reassembler = new SocketIoPacketReassembler();

        Optional<SocketIoPacket> decoded = reassembler.acceptText(encoded);
        for (byte[] attachment : expected.attachments()) {
            assertThat(decoded).isEmpty();
            decoded = reassembler.acceptBinary(attachment);
        }

        assertThat(decoded).contains(expected);
        assertThat(reassembler.isAwaitingAttachments()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"packetEncodingExamples", "exchangeProtocolExamples", "sampleSessionExamples", "testSuiteExamples"})
    void encodesToTheSameText(String encoded, SocketIoPacket packet) {
        assertThat(SocketIoPacketEncoder.encodeText(packet)).isEqualTo(encoded);

        List<EngineIoPacket> messages = new ArrayList<>(Fixtures.messages(encoded));
        packet.attachments().forEach(attachment -> messages.add(EngineIoPacket.message(attachment)));
        assertThat(SocketIoPacketEncoder.toEngineIoMessages(packet)).isEqualTo(messages);
    }

    private static Arguments example(String encoded, SocketIoPacket packet) {
        return Arguments.of(encoded, packet);
    }
}
