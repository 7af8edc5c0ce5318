package com.arizon.chat.message;

import static com.arizon.chat.it.support.ChatFixtures.assertError;
import static com.arizon.chat.it.support.ChatFixtures.assertValidation;
import static com.arizon.chat.it.support.ChatFixtures.message;
import static com.arizon.chat.it.support.ChatFixtures.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing, edit history, deleting and replies. */
class MessageLifecycleIT {

    private final ChatFixtures chat = ChatFixtures.on(ChatServer.shared());

    @Test
    void senderEditsAndThePreviousVersionsAreKeptOldestFirst() {
        TestUser sender = chat.user();
        String roomId = chat.group(sender);
        String messageId = chat.send(sender, roomId, "first draft");

        ApiResponse edited = edit(sender, roomId, messageId, "  second draft  ");
        edit(sender, roomId, messageId, "final");

        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        JsonObject message = edited.data().getJsonObject("message");
        assertThat(message.getString("content")).isEqualTo("second draft");
        assertThat(message.getBoolean("isEdited")).isTrue();
        assertThat(message.getString("editedAt")).isNotBlank();
        ApiResponse history = chat.as(sender).get(message(roomId, messageId) + "/history");
        assertThat(history.status()).as("%s", history).isEqualTo(200);
        List<JsonObject> versions = history.data().getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getString("content")).containsExactly("first draft", "second draft");
        assertThat(versions).allSatisfy(v -> assertThat(v.getString("editedAt")).isNotBlank());
        assertThat(chat.allMessages(sender, roomId)).filteredOn(m -> m.getString("id").equals(messageId))
                .singleElement().satisfies(m -> assertThat(m.getString("content")).isEqualTo("final"));
    }

    @Test
    void onlyTheSenderEditsAndEditsFollowTheContentRules() {
        TestUser sender = chat.user();
        TestUser other = chat.user();
        String roomId = chat.group(sender, other);
        String messageId = chat.send(sender, roomId, "mine");
        String systemMessageId = chat.allMessages(sender, roomId).get(0).getString("id");

        assertError(edit(other, roomId, messageId, "hijacked"), 403, "FORBIDDEN");
        assertError(edit(chat.user("ADMIN"), roomId, messageId, "even admins"), 403, "NOT_PARTICIPANT");
        assertError(edit(sender, roomId, systemMessageId, "rewrite history"), 403, "FORBIDDEN");
        assertValidation(edit(sender, roomId, messageId, "   "), "content");
        assertValidation(edit(sender, roomId, messageId, "x".repeat(4001)), "content");
        assertValidation(chat.as(sender).patch(message(roomId, messageId), Map.of()), "content");
        assertError(edit(sender, roomId, "no-such-message", "x"), 404, "MESSAGE_NOT_FOUND");
        String elsewhere = chat.send(other, chat.group(other), "other room");
        assertError(edit(sender, roomId, elsewhere, "x"), 404, "MESSAGE_NOT_FOUND");
    }

    @Test
    void historyIsForTheSenderAndModerators() {
        TestUser sender = chat.user();
        TestUser member = chat.user();
        TestUser moderator = chat.user();
        String roomId = chat.group(sender, member, moderator);
        chat.makeRole(sender, roomId, moderator, "MODERATOR");
        String messageId = chat.send(sender, roomId, "v1");
        edit(sender, roomId, messageId, "v2");
        String path = message(roomId, messageId) + "/history";

        assertError(chat.as(member).get(path), 403, "FORBIDDEN");
        assertThat(chat.as(moderator).get(path).status()).isEqualTo(200);
        assertThat(chat.as(chat.user("SUPPORT")).get(path).status()).isEqualTo(200);
        assertError(chat.as(chat.user()).get(path), 403, "NOT_PARTICIPANT");
        assertError(chat.as(sender).get(message(roomId, "no-such-message") + "/history"), 404, "MESSAGE_NOT_FOUND");
    }

    @Test
    void senderDeletesSoftlyAndTheMessageKeepsItsPlace() {
        TestUser sender = chat.user();
        TestUser other = chat.user();
        String roomId = chat.group(sender, other);
        String before = chat.send(sender, roomId, "before");
        String doomed = chat.send(sender, roomId, "regrettable");
        String after = chat.send(sender, roomId, "after");
        chat.as(other).put(message(roomId, doomed) + "/reactions/ok");
        edit(sender, roomId, doomed, "still regrettable");

        ApiResponse deleted = chat.as(sender).delete(message(roomId, doomed));

        assertThat(deleted.status()).as("%s", deleted).isEqualTo(200);
        JsonObject message = deleted.data().getJsonObject("message");
        assertThat(message.getBoolean("isDeleted")).isTrue();
        assertThat(message.getString("content")).isEmpty();
        assertThat(message.getJsonArray("reactions")).isEmpty();
        List<String> order = chat.allMessages(other, roomId).stream().map(m -> m.getString("id")).toList();
        assertThat(order).containsSubsequence(before, doomed, after);
        assertThat(chat.as(sender).get(message(roomId, doomed) + "/history").data().getJsonArray("history"))
                .isEmpty();
        assertThat(chat.as(sender).delete(message(roomId, doomed)).status()).isEqualTo(200);
        assertError(edit(sender, roomId, doomed, "undo"), 404, "MESSAGE_NOT_FOUND");
        assertError(chat.as(other).put(message(roomId, doomed) + "/reactions/ok"), 404, "MESSAGE_NOT_FOUND");
    }

    @Test
    void othersDeleteOnlyAsModerators() {
        TestUser owner = chat.user();
        TestUser member = chat.user();
        TestUser bystander = chat.user();
        TestUser moderator = chat.user();
        String roomId = chat.group(owner, member, bystander, moderator);
        chat.makeRole(owner, roomId, moderator, "MODERATOR");
        String first = chat.send(member, roomId, "one");
        String second = chat.send(member, roomId, "two");
        String third = chat.send(moderator, roomId, "three");

        assertError(chat.as(bystander).delete(message(roomId, first)), 403, "FORBIDDEN");
        assertError(chat.as(chat.user()).delete(message(roomId, first)), 403, "NOT_PARTICIPANT");
        assertThat(chat.as(moderator).delete(message(roomId, first)).status()).isEqualTo(200);
        assertThat(chat.as(owner).delete(message(roomId, third)).status()).isEqualTo(200);
        assertThat(chat.as(chat.user("SUPPORT")).delete(message(roomId, second)).status()).isEqualTo(200);
        assertError(chat.as(owner).delete(message(roomId, "no-such-message")), 404, "MESSAGE_NOT_FOUND");
    }

    @Test
    void repliesNameTheirTargetInTheSameRoom() {
        TestUser sender = chat.user();
        TestUser other = chat.user();
        String roomId = chat.group(sender, other);
        String question = chat.send(sender, roomId, "question?");

        ApiResponse reply = chat.as(other).post(messages(roomId), Map.of("content", "answer", "replyToId", question));

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonObject replyTo = reply.data().getJsonObject("message").getJsonObject("replyTo");
        assertThat(replyTo.getString("id")).isEqualTo(question);
        assertThat(replyTo.getString("content")).isEqualTo("question?");
        assertThat(replyTo.getJsonObject("sender").getString("username")).isEqualTo(sender.username());
        String elsewhere = chat.send(sender, chat.group(sender), "elsewhere");
        assertError(chat.as(sender).post(messages(roomId), Map.of("content", "x", "replyToId", elsewhere)), 400,
                "MESSAGE_SEND_FAILED");
        assertError(chat.as(sender).post(messages(roomId), Map.of("content", "x", "replyToId", "no-such")), 400,
                "MESSAGE_SEND_FAILED");
    }

    @Test
    void attachmentsAreValidated() {
        TestUser sender = chat.user();
        String roomId = chat.group(sender);
        Map<String, Object> file = Map.of("name", "a.png", "url", "https://cdn.example.test/a.png", "size", 10,
                "type", "image/png");

        ApiResponse image = chat.as(sender).post(messages(roomId), Map.of("content", "", "type", "IMAGE",
                "attachments", Map.of("files", List.of(file))));
        assertThat(image.status()).as("%s", image).isEqualTo(201);
        assertThat(image.data().getJsonObject("message").getJsonObject("attachments").getJsonArray("files"))
                .hasSize(1);

        assertValidation(post(sender, roomId, Map.of("files", Collections.nCopies(11, file))),
                "attachments.files");
        assertValidation(post(sender, roomId, Map.of("files", List.of(with(file, "url", "ftp://x.test/a")))),
                "attachments.files[0].url");
        assertValidation(post(sender, roomId, Map.of("files", List.of(with(file, "size", -1)))),
                "attachments.files[0].size");
        assertValidation(post(sender, roomId, Map.of("files", List.of(with(file, "name", "")))),
                "attachments.files[0].name");
        assertValidation(chat.as(sender).post(messages(roomId), Map.of("content", "", "type", "FILE")),
                "attachments");
        assertError(chat.as(sender).post(messages(roomId), Map.of("content", "x", "type", "SYSTEM")), 400,
                "MESSAGE_SEND_FAILED");
    }

    @Test
    void unknownRoomsAndMessagesHaveTheirOwnCodes() {
        TestUser user = chat.user();
        String roomId = chat.group(user);

        assertError(chat.as(user).get(messages("no-such-room")), 404, "CHAT_ROOM_NOT_FOUND");
        assertError(chat.as(user).delete(message("no-such-room", "m")), 404, "CHAT_ROOM_NOT_FOUND");
        assertError(chat.as(user).get(messages(roomId) + "?before=no-such-message"), 404, "MESSAGE_NOT_FOUND");
        assertError(chat.as(user).put(message(roomId, "no-such-message") + "/reactions/ok"), 404,
                "MESSAGE_NOT_FOUND");
        assertError(chat.as(user).post(ChatFixtures.room(roomId) + "/read", Map.of("messageId", "nope")), 404,
                "MESSAGE_NOT_FOUND");
        assertValidation(chat.as(user).get(messages(roomId) + "?before=a%00b"), "before");
    }

    private ApiResponse edit(TestUser user, String roomId, String messageId, String content) {
        return chat.as(user).patch(message(roomId, messageId), Map.of("content", content));
    }

    private ApiResponse post(TestUser sender, String roomId, Map<String, Object> attachments) {
        return chat.as(sender).post(messages(roomId), Map.of("content", "files", "type", "FILE",
                "attachments", attachments));
    }

    private static Map<String, Object> with(Map<String, Object> file, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(file);
        changed.put(key, value);
        return changed;
    }
}
