package com.arizon.chat.moderation;

import static com.arizon.chat.it.support.ChatFixtures.assertError;
import static com.arizon.chat.it.support.ChatFixtures.message;
import static com.arizon.chat.it.support.ChatFixtures.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded default (H2, built-in issuer) with a word filter configured: a whole
 * create/post/edit/react/page/delete flow runs there as on PostgreSQL, and blocked words are refused.
 */
class WordFilterOnH2IT {

    private static final String ADMIN_PASSWORD = "admin-password-1";
    private static final String EMOJI = "\uD83D\uDE00";

    private static ChatServer server;

    @BeforeAll
    static void start() {
        server = ChatServer.builder("h2-word-filter")
                .env("CHAT_MODERATION_BLOCKED_WORDS", "darn, heck,good grief")
                .env("CHAT_MODERATION_MODE", "reject")
                .env("CHAT_ADMIN_USERNAME", "root")
                .env("CHAT_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aWholeConversationWorksOnTheEmbeddedDatabase() {
        Account alice = register();
        Account bob = register();
        String roomName = EMOJI.repeat(100);
        ApiResponse created = alice.api.post("/api/chat/rooms", Map.of("name", roomName, "type", "GROUP",
                "participantIds", List.of(bob.id)));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String roomId = created.data().getJsonObject("chatRoom").getString("id");
        assertThat(created.data().getJsonObject("chatRoom").getString("name")).isEqualTo(roomName);

        String question = send(alice, roomId, Map.of("content", "lunch?"));
        String answer = send(bob, roomId, Map.of("content", "yes", "replyToId", question));
        ApiResponse edited = alice.api.patch(message(roomId, question), Map.of("content", "lunch at noon?"));
        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        String longEmoji = URLEncoder.encode(EMOJI.repeat(64), StandardCharsets.UTF_8);
        ApiResponse reacted = bob.api.put(message(roomId, question) + "/reactions/" + longEmoji);
        assertThat(reacted.status()).as("%s", reacted).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            send(alice, roomId, Map.of("content", "filler " + i));
        }

        ApiResponse newest = bob.api.get(messages(roomId) + "?page=1&limit=3");
        assertThat(newest.status()).as("%s", newest).isEqualTo(200);
        List<JsonObject> page = newest.data().getJsonArray("messages").getValuesAs(JsonObject.class);
        assertThat(page).extracting(m -> m.getString("content")).containsExactly("filler 0", "filler 1", "filler 2");
        ApiResponse older = bob.api.get(messages(roomId) + "?limit=2&before=" + page.get(0).getString("id"));
        List<JsonObject> earlier = older.data().getJsonArray("messages").getValuesAs(JsonObject.class);
        assertThat(earlier).extracting(m -> m.getString("id")).containsExactly(question, answer);
        assertThat(earlier.get(0).getBoolean("isEdited")).isTrue();
        assertThat(earlier.get(0).getJsonArray("reactions")).hasSize(1);
        assertThat(earlier.get(1).getJsonObject("replyTo").getString("content")).isEqualTo("lunch at noon?");
        assertThat(alice.api.get(message(roomId, question) + "/history").data().getJsonArray("history")).hasSize(1);
        assertThat(bob.api.delete(message(roomId, answer)).status()).isEqualTo(200);

        ApiResponse deleted = login("root", ADMIN_PASSWORD).api.delete("/api/admin/chat/rooms/" + roomId);
        assertThat(deleted.status()).as("%s", deleted).isEqualTo(200);
        assertError(alice.api.get("/api/chat/rooms/" + roomId), 404, "CHAT_ROOM_NOT_FOUND");
    }

    @Test
    void blockedWordsAreRefusedInSendsAndEdits() {
        Account alice = register();
        String roomId = alice.api.post("/api/chat/rooms", Map.of("name", "polite", "type", "GROUP"))
                .data().getJsonObject("chatRoom").getString("id");

        assertError(alice.api.post(messages(roomId), Map.of("content", "Oh DARN it")), 400, "MESSAGE_SEND_FAILED");
        assertError(alice.api.post(messages(roomId), Map.of("content", "good grief")), 400, "MESSAGE_SEND_FAILED");
        String fine = send(alice, roomId, Map.of("content", "darned checkers are fine"));
        assertError(alice.api.patch(message(roomId, fine), Map.of("content", "what the heck")), 400,
                "MESSAGE_SEND_FAILED");
        assertThat(alice.api.get(messages(roomId)).data().getJsonArray("messages").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("content")).last().isEqualTo("darned checkers are fine");
    }

    private static String send(Account sender, String roomId, Map<String, Object> body) {
        ApiResponse response = sender.api.post(messages(roomId), body);
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.data().getJsonObject("message").getString("id");
    }

    private static Account register() {
        String username = "h2_" + UUID.randomUUID().toString().substring(0, 8);
        String password = "password-" + username;
        ApiResponse registered = Api.of(server).post("/api/auth/register", Map.of("username", username,
                "email", username + "@it.arizon.test", "password", password, "firstName", "H", "lastName", "Two"));
        assertThat(registered.status()).as("%s", registered).isEqualTo(201);
        return login(username, password);
    }

    private static Account login(String username, String password) {
        ApiResponse login = Api.of(server).post("/api/auth/login", Map.of("username", username, "password", password));
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        return new Account(login.data().getJsonObject("user").getString("id"),
                Api.of(server).withToken(login.data().getString("token")));
    }

    private record Account(String id, Api api) {
    }
}
