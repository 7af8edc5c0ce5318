package com.arizon.chat.message;

import static com.arizon.chat.it.support.ChatFixtures.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Posting: the seed's message shape, shape errors versus rule errors (contract 8.3), retries. */
class MessagePostingIT {

    private final ChatServer server = ChatServer.shared();
    private final Api api = Api.of(server);
    private final ChatFixtures fixtures = ChatFixtures.on(server);

    private TestUser sender;
    private String roomId;

    @BeforeEach
    void room() {
        sender = TestUsers.create("CLIENT");
        roomId = fixtures.room(sender, Map.<String, Object>of("name", "Posting", "type", "GROUP"));
    }

    @Test
    void aPostedMessageHasTheSeedShape() {
        ApiResponse response = post(Map.of("content", "  Hello, world!  ", "type", "TEXT"));

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        JsonObject message = response.data().getJsonObject("message");
        assertThat(message.getString("content")).isEqualTo("Hello, world!");
        assertThat(message.getString("type")).isEqualTo("TEXT");
        assertThat(message.getString("senderId")).isEqualTo(sender.id());
        assertThat(message.getString("roomId")).isEqualTo(roomId);
        assertThat(message.isNull("replyToId")).isTrue();
        assertThat(message.isNull("replyTo")).isTrue();
        assertThat(message.getBoolean("isEdited")).isFalse();
        assertThat(message.getBoolean("isDeleted")).isFalse();
        assertThat(message.getString("sentAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(message.getJsonObject("sender").getString("username")).isEqualTo(sender.username());
        assertThat(message.getJsonObject("sender").getString("firstName")).isEqualTo(sender.firstName());
        assertThat(message.getJsonArray("reactions")).isEmpty();
    }

    @Test
    void repliesAndAttachmentsAreKept() {
        String original = fixtures.sendMessage(sender, roomId, "question").getString("id");
        ApiResponse reply = post(Map.of("content", "answer", "replyToId", original, "type", "FILE",
                "attachments", Map.of("files", List.of(Map.of("name", "doc.pdf",
                        "url", "https://example.com/doc.pdf", "size", 1024, "type", "application/pdf")))));

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonObject message = reply.data().getJsonObject("message");
        assertThat(message.getString("replyToId")).isEqualTo(original);
        assertThat(message.getJsonObject("replyTo").getString("content")).isEqualTo("question");
        assertThat(message.getJsonObject("attachments").getJsonArray("files").getJsonObject(0).getString("url"))
                .isEqualTo("https://example.com/doc.pdf");
    }

    @Test
    void shapeErrorsAreValidationErrors() {
        Map<String, Object> file = Map.of("name", "a", "url", "https://example.com/a", "size", 1, "type", "t");
        List<Map<String, Object>> badBodies = List.of(
                Map.of("content", "x".repeat(4001)),
                Map.of("content", "   "),
                Map.of("content", "hi", "type", "POSTER"),
                Map.of("content", 42),
                Map.of("type", "TEXT"),
                Map.of("content", "hi", "clientMessageId", "c".repeat(65)),
                Map.of("content", "", "type", "IMAGE", "attachments", Map.of("files", java.util.Collections.nCopies(11, file))),
                Map.of("content", "", "type", "IMAGE", "attachments", Map.of("files", List.of(
                        Map.of("name", "a", "url", "javascript:alert(1)", "size", 1, "type", "t")))),
                Map.of("content", "", "type", "IMAGE", "attachments", Map.of("files", List.of(
                        Map.of("name", "a", "url", "https://example.com/a", "size", -1, "type", "t")))),
                Map.of("content", "", "type", "FILE", "attachments", Map.of("files", List.of(
                        Map.of("name", "abc\u202Egnp.exe", "url", "https://example.com/a", "size", 1, "type", "t")))));
        for (Map<String, Object> body : badBodies) {
            ApiResponse response = post(body);
            assertThat(response.status()).as("%s -> %s", body, response).isEqualTo(400);
            assertThat(response.errorCode()).as("%s", body).isEqualTo("VALIDATION_ERROR");
        }
        assertThat(post("{\"content\": \"a\\u0000b\"}").errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(post("{\"content\": \"\\ud800\"}").errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(post("{\"content\": ").errorCode()).isEqualTo("VALIDATION_ERROR");
        assertValidation(post(Map.of("content", "", "type", "IMAGE")), "attachments");
        assertValidation(post(Map.of("content", " ", "type", "VIDEO", "attachments", Map.of("files", List.of()))),
                "attachments");
        assertThat(post(Map.of("content", "\uD83D\uDE00".repeat(4000))).status())
                .as("4000 code points are allowed even as 8000 UTF-16 units").isEqualTo(201);
    }

    @Test
    void ruleErrorsOnWellFormedBodiesAreSendFailures() {
        String elsewhere = fixtures.room(sender, Map.<String, Object>of("name", "Elsewhere", "type", "GROUP"));
        String foreign = fixtures.sendMessage(sender, elsewhere, "not here").getString("id");
        for (Map<String, ?> body : List.<Map<String, ?>>of(
                Map.of("content", "hi", "replyToId", foreign),
                Map.of("content", "hi", "replyToId", "no-such-message"),
                Map.of("content", "hi", "type", "SYSTEM"),
                Map.of("content", "look", "type", "IMAGE"))) {
            ApiResponse response = post(body);
            assertThat(response.status()).as("%s -> %s", body, response).isEqualTo(400);
            assertThat(response.errorCode()).as("%s", body).isEqualTo("MESSAGE_SEND_FAILED");
        }
    }

    @Test
    void aRetriedClientMessageIdReturnsTheFirstMessage() {
        Map<String, Object> body = Map.of("content", "once", "clientMessageId", "device-1:42");
        ApiResponse first = post(body);
        ApiResponse retry = post(body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.data().getJsonObject("message").getString("id"))
                .isEqualTo(first.data().getJsonObject("message").getString("id"));
        long copies = api.as(sender).get("/api/chat/rooms/" + roomId + "/messages").data().getJsonArray("messages")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("content").equals("once")).count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void outsidersCannotPost() {
        TestUser outsider = TestUsers.create("CLIENT");
        ApiResponse response = api.as(outsider).post("/api/chat/rooms/" + roomId + "/messages", Map.of("content", "hi"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("NOT_PARTICIPANT");
        assertThat(api.as(outsider).post("/api/chat/rooms/nope/messages", Map.of("content", "hi")).errorCode())
                .isEqualTo("CHAT_ROOM_NOT_FOUND");
    }

    private ApiResponse post(Object body) {
        return api.as(sender).post("/api/chat/rooms/" + roomId + "/messages", body);
    }
}
