package com.arizon.chat.realtime.socketio.protocol;

import static com.arizon.chat.realtime.socketio.protocol.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.platform.json.JsonDocuments;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SocketIoPacketDecoderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0/custom|CONNECT|/custom",
        "0/random|CONNECT|/random",
        "1/custom|DISCONNECT|/custom",
        "0/|CONNECT|/",
        "0/,|CONNECT|/"})
    void namespaceMayEndTheTextWithoutComma(String text, SocketIoPacketType type, String namespace)
            throws Exception {
        // the test suite sends "40/random" and "41/custom"; socket.io-client always adds the comma
        SocketIoPacketHeader header = SocketIoPacketDecoder.decode(text);

        assertThat(header.type()).isEqualTo(type);
        assertThat(header.namespace()).isEqualTo(namespace);
        assertThat(header.data()).isEmpty();
    }

    @Test
    void headerOfABinaryPacketAnnouncesItsAttachments() throws Exception {
        SocketIoPacketHeader header = SocketIoPacketDecoder.decode(
                "52-/admin,7[\"baz\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");

        assertThat(header.type()).isEqualTo(SocketIoPacketType.BINARY_EVENT);
        assertThat(header.namespace()).isEqualTo("/admin");
        assertThat(header.ackId()).hasValue(7);
        assertThat(header.attachmentCount()).isEqualTo(2);
    }

    @Test
    void ackIdsUpToTheLargestSafeJavaScriptIntegerAreAccepted() throws Exception {
        assertThat(SocketIoPacketDecoder.decode("29007199254740991[\"a\"]").ackId())
                .isEqualTo(OptionalLong.of(SocketIoPacket.MAX_ACK_ID));
        assertThat(SocketIoPacketDecoder.decode("20[\"a\"]").ackId()).isEqualTo(OptionalLong.of(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29007199254740992[\"a\"]", "299999999999999999999999999999[\"a\"]",
        "39223372036854775808[]", "3" + "9999999999999999999999999999999999999999999999999999999999999[]"})
    void hugeAckIdsAreRefused(String text) {
        assertMalformed(text, "ack id too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"52147483648-[\"a\"]", "699999999999999999999999-0[]"})
    void attachmentCountsBeyondIntAreRefused(String text) {
        assertMalformed(text, "attachment count too large");
    }

    @Test
    void whitespaceAroundTheJsonIsAccepted() throws Exception {
        assertThat(SocketIoPacketDecoder.decode("2 [\"a\", 1 ] ").data()).contains(json("[\"a\",1]"));
    }

    @Test
    void jsonNestedWithinTheLimitIsAccepted() throws Exception {
        String nested = "[".repeat(JsonDocuments.MAX_DEPTH - 1) + "]".repeat(JsonDocuments.MAX_DEPTH - 1);
        assertThat(SocketIoPacketDecoder.decode("2[\"a\"," + nested + "]").data()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {JsonDocuments.MAX_DEPTH + 1, 100_000, 1_000_000})
    void deeplyNestedJsonIsRefused(int depth) {
        assertMalformed("2[\"a\"," + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "]", "JSON payload nested too deeply");
        assertMalformed("2[\"a\"," + "{\"k\":".repeat(depth - 1), "JSON payload nested too deeply");
    }

    @Test
    void bracketsInsideStringsDoNotCountAsNesting() throws Exception {
        String text = "2[\"" + "[{".repeat(1000) + "\\\"[\"]";
        assertThat(SocketIoPacketDecoder.decode(text).data()).isPresent();
    }

    @Test
    void numbersBeyondTheJsonProvidersLimitAreRefused() {
        assertMalformed("2[\"a\"," + "1".repeat(5000) + "]", "invalid JSON payload");
    }

    @Test
    void emptyTextIsRefused() {
        // an Engine.IO message "4" with nothing after it
        assertMalformed("", "empty Socket.IO packet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "7", "8[\"a\"]", "9", "/admin,[\"a\"]", "[\"a\"]", "\u0662[\"a\"]"})
    void unknownPacketTypesAreRefused(String text) {
        // "abc" is the test suite's "4abc" once Engine.IO has taken its message type off
        assertMalformed(text, "unknown Socket.IO packet type");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2abc[\"message-with-ack\",1,\"2\",{\"3\":[false]}]", // test suite: invalid ack id
        "2[\"a\"", "2[\"a\"]x", "2[\"a\"][\"b\"]", "2[\"a\",]", "2['a']", "2[\"\\x\"]", "2[\"a\u0000\"]",
        "0/admin,xyz", "0,{}", "2,[\"a\"]", "2-[\"a\"]", "21-[\"a\"]", "2 1[\"a\"]", "2\u0661[\"a\"]",
        "2/adm[\"x\",1]", "2 ", "0/admin, "})
    void invalidJsonIsRefused(String text) {
        assertMalformed(text, "invalid JSON payload");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2{}", "2", "2[]", "2[1]", "2[null]", "2[[\"a\"]]", "2\"foo\"", "2null", "212",
        "2/admin", "2/admin[\"foo\"]", "2/admin,", "5" + "0-{}", "50-[]"})
    void eventsWithoutANamedArrayPayloadAreRefused(String text) {
        // "2{}" is the test suite's "42{}" (invalid payload format)
        assertThatThrownBy(() -> SocketIoPacketDecoder.decode(text))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessageEndingWith("payload must be a non-empty array starting with the event name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0[]", "0\"x\"", "0null", "01", "0/admin,1", "0/admin,[{}]", "0true"})
    void connectWithAnythingButAnObjectIsRefused(String text) {
        assertThatThrownBy(() -> SocketIoPacketDecoder.decode(text)).isInstanceOf(MalformedPacketException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1{}", "1[]", "11", "1/admin,{}", "1null"})
    void disconnectWithAnythingIsRefused(String text) {
        assertThatThrownBy(() -> SocketIoPacketDecoder.decode(text)).isInstanceOf(MalformedPacketException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "4\"Not authorized\"", "4[]", "41{}", "4/admin,"})
    void connectErrorWithoutAnObjectIsRefused(String text) {
        // the string form "4\"Not authorized\"" was Socket.IO v4; v5 sends an object
        assertThatThrownBy(() -> SocketIoPacketDecoder.decode(text)).isInstanceOf(MalformedPacketException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3[]", "3[\"bar\"]", "312{}", "312", "312\"x\"", "3/admin,[]", "61-[{\"_placeholder\":true,\"num\":0}]"})
    void acksWithoutIdOrArrayAreRefused(String text) {
        assertThatThrownBy(() -> SocketIoPacketDecoder.decode(text)).isInstanceOf(MalformedPacketException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5[\"a\"]", "5-[\"a\"]", "51[\"a\"]", "5x-[\"a\"]", "5", "51", "6-1[]", "5/admin,1-[\"a\"]"})
    void binaryPacketsWithoutAttachmentCountAreRefused(String text) {
        assertMalformed(text, "missing attachment count");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "51-[\"a\",{\"_placeholder\":true,\"num\":-1}]",
        "51-[\"a\",{\"_placeholder\":true,\"num\":0.5}]",
        "51-[\"a\",{\"_placeholder\":true,\"num\":\"0\"}]",
        "51-[\"a\",{\"_placeholder\":true}]",
        "51-[\"a\",{\"_placeholder\":true,\"num\":null}]",
        "51-[\"a\",{\"_placeholder\":true,\"num\":1e400}]",
        "51-[\"a\",{\"_placeholder\":true,\"num\":99999999999999999999}]"})
    void malformedPlaceholdersAreRefused(String text) {
        assertMalformed(text, "invalid binary placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "51-[\"a\",{\"_placeholder\":true,\"num\":1}]",
        "50-[\"a\",{\"_placeholder\":true,\"num\":0}]",
        "52-[\"a\",{\"x\":[{\"y\":{\"_placeholder\":true,\"num\":2}}]}]",
        "61-3[{\"_placeholder\":true,\"num\":2147483647}]"})
    void placeholdersBeyondTheAnnouncedAttachmentsAreRefused(String text) {
        assertMalformed(text, "binary placeholder refers to a missing attachment");
    }

    @Test
    void placeholderLookalikesAreOrdinaryDataOutsideBinaryPackets() throws Exception {
        String data = "[\"a\",{\"_placeholder\":true,\"num\":5},{\"_placeholder\":false,\"num\":\"x\"}]";
        assertThat(SocketIoPacketDecoder.decode("2" + data).data()).contains(json(data));
        assertThat(SocketIoPacketDecoder.decode("50-[\"a\",{\"_placeholder\":\"yes\",\"num\":9}]").attachmentCount())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2/ad\u0001min,[\"a\"]", "2/ad\u001emin,[\"a\"]", "0/\n,", "0/a\u007f,"})
    void namespacesWithControlCharactersAreRefused(String text) {
        assertMalformed(text, "namespace holds a forbidden character");
    }

    @Test
    void everyPrefixOfAValidPacketDecodesOrIsRefusedCleanly() {
        String text = "52-/admin,789[\"message\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]";
        for (int end = 0; end <= text.length(); end++) {
            String prefix = text.substring(0, end);
            try {
                SocketIoPacketDecoder.decode(prefix);
            } catch (MalformedPacketException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    private static void assertMalformed(String text, String reason) {
        assertThatThrownBy(() -> SocketIoPacketDecoder.decode(text))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage(reason);
    }
}
