package com.arizon.chat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.RawHttp;
import com.arizon.chat.it.support.RawHttp.Answer;
import com.arizon.chat.it.support.TestUsers;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that the layers below the application used to refuse with an empty body (issue 11,
 * item 2), sent byte for byte on a socket: those that now reach the application answer in the
 * envelope with the status they earned; those that Grizzly or Payara's servlet adapter still
 * refuse before any application code runs answer exactly as the README's "Errors" section says.
 */
class HttpLayerErrorsIT {

    private static final ChatServer SERVER = ChatServer.shared();
    private static final String BEARER = "Authorization: Bearer " + TestUsers.create("CLIENT").token();
    private static final byte[] NO_BODY = new byte[0];
    private static final byte[] BODY_300_KB = "x".repeat(300 * 1024).getBytes(StandardCharsets.US_ASCII);
    private static final String KB_10 = "a".repeat(10 * 1024);

    /** Name, request line, headers, body, expected status, expected code (null: a success envelope). */
    static Stream<Arguments> answeredInTheEnvelope() {
        return Stream.of(
                Arguments.of("10 KB Authorization header", "GET /api/chat/rooms HTTP/1.1",
                        List.of("Authorization: Bearer " + KB_10), NO_BODY, 401, "UNAUTHORIZED"),
                Arguments.of("100 custom headers, no token", "GET /api/chat/rooms HTTP/1.1",
                        customHeaders(100, null), NO_BODY, 401, "UNAUTHORIZED"),
                Arguments.of("100 custom headers", "GET /api/chat/rooms HTTP/1.1",
                        customHeaders(100, BEARER), NO_BODY, 200, null),
                Arguments.of("GET with a 300 KB body", "GET /api/chat/rooms HTTP/1.1",
                        List.of(BEARER), BODY_300_KB, 413, "VALIDATION_ERROR"),
                Arguments.of("DELETE with a 300 KB body", "DELETE /api/chat/rooms/no-such-room HTTP/1.1",
                        List.of(BEARER), BODY_300_KB, 413, "VALIDATION_ERROR"),
                Arguments.of("GET with a small body, ignored", "GET /api/chat/rooms HTTP/1.1",
                        List.of(BEARER), "{}".getBytes(StandardCharsets.US_ASCII), 200, null),
                Arguments.of("10 KB query parameter", "GET /api/chat/rooms?scope=" + KB_10 + " HTTP/1.1",
                        List.of(BEARER), NO_BODY, 400, "VALIDATION_ERROR"),
                Arguments.of("/api", "GET /api HTTP/1.1", List.of(BEARER), NO_BODY, 404, "NOT_FOUND"),
                Arguments.of("/api/", "GET /api/ HTTP/1.1", List.of(BEARER), NO_BODY, 404, "NOT_FOUND"),
                Arguments.of("unknown path", "GET /api/no/such/route HTTP/1.1",
                        List.of(BEARER), NO_BODY, 404, "NOT_FOUND"),
                Arguments.of("unknown path below a room", "GET /api/chat/rooms/a/b/c/d HTTP/1.1",
                        List.of(BEARER), NO_BODY, 404, "NOT_FOUND"),
                Arguments.of("unknown path, no token", "GET /api/no/such/route HTTP/1.1",
                        List.of(), NO_BODY, 404, "NOT_FOUND"),
                Arguments.of("Accept: text/html, no token", "GET /api/chat/rooms HTTP/1.1",
                        List.of("Accept: text/html"), NO_BODY, 401, "UNAUTHORIZED"),
                Arguments.of("Accept: text/html, unknown room", "GET /api/chat/rooms/no-such-room HTTP/1.1",
                        List.of(BEARER, "Accept: text/html"), NO_BODY, 404, "CHAT_ROOM_NOT_FOUND"),
                Arguments.of("Accept: text/html, unknown path", "GET /api/no/such/route HTTP/1.1",
                        List.of(BEARER, "Accept: text/html"), NO_BODY, 404, "NOT_FOUND"),
                Arguments.of("Accept: text/html, served", "GET /api/chat/rooms HTTP/1.1",
                        List.of(BEARER, "Accept: text/html"), NO_BODY, 200, null),
                Arguments.of("Accept: image/png on a POST, no token", "POST /api/chat/rooms HTTP/1.1",
                        List.of("Accept: image/png", "Content-Type: application/json"),
                        "{}".getBytes(StandardCharsets.US_ASCII), 401, "UNAUTHORIZED"),
                Arguments.of("malformed Accept, unknown room", "GET /api/chat/rooms/no-such-room HTTP/1.1",
                        List.of(BEARER, "Accept: ;;;/,"), NO_BODY, 404, "CHAT_ROOM_NOT_FOUND"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void answeredInTheEnvelope(String name, String requestLine, List<String> headers, byte[] body,
                               int status, String code) {
        Answer answer = RawHttp.exchange(SERVER, requestLine, headers, body);

        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).as("%s", answer).startsWith("application/json");
        JsonObject envelope = answer.json();
        assertThat(envelope.getBoolean("success")).as("%s", answer).isEqualTo(code == null);
        if (code != null) {
            assertThat(envelope.getJsonObject("error").getString("code")).as("%s", answer).isEqualTo(code);
            assertThat(envelope.getJsonObject("error").getString("message")).as("%s", answer).isNotBlank();
        }
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /**
     * Refused by Grizzly's HTTP codec (header limits, header and request-line syntax) or by Payara's
     * servlet adapter while decoding the path, before the web application is chosen: no application
     * code can write an envelope there. A broken percent-escape even answers 200 (Payara issue
     * #8000). These rows pin what the README documents, and fail when a Payara upgrade changes it.
     */
    static Stream<Arguments> refusedBeforeTheApplication() {
        return Stream.of(
                Arguments.of("backslashes in a path id", "GET /api/chat/rooms/..%5C..%5Cwindows HTTP/1.1",
                        List.of(BEARER), 400),
                Arguments.of("escapes that are not UTF-8", "GET /api/chat/rooms/%FF%FE%C3 HTTP/1.1",
                        List.of(BEARER), 400),
                Arguments.of("raw bytes in a path id", "GET /api/chat/rooms/\u00ff\u00fe\u0001x HTTP/1.1",
                        List.of(BEARER), 400),
                Arguments.of("a lone %", "GET /api/chat/rooms/% HTTP/1.1", List.of(BEARER), 200),
                Arguments.of("% without hex digits", "GET /api/chat/rooms/%zz HTTP/1.1", List.of(BEARER), 200),
                Arguments.of("40 KB header", "GET /api/chat/rooms HTTP/1.1",
                        List.of(BEARER, "X-Big: " + "b".repeat(40 * 1024)), 400),
                Arguments.of("250 header fields", "GET /api/chat/rooms HTTP/1.1", customHeaders(250, BEARER), 400),
                Arguments.of("control character in a header", "GET /api/chat/rooms HTTP/1.1",
                        List.of(BEARER, "X-Odd: a\u0001b"), 400),
                Arguments.of("space in the path", "GET /api/chat/rooms/a b HTTP/1.1", List.of(BEARER), 505));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refusedBeforeTheApplication(String name, String requestLine, List<String> headers, int status) {
        Answer answer = RawHttp.exchange(SERVER, requestLine, headers, NO_BODY);

        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.body()).as("%s", answer).isEmpty();
    }

    private static List<String> customHeaders(int count, String authorization) {
        List<String> headers = new ArrayList<>();
        if (authorization != null) {
            headers.add(authorization);
        }
        IntStream.rangeClosed(1, count).forEach(i -> headers.add("X-Custom-" + i + ": value-" + i));
        return headers;
    }
}
