package com.arizon.chat.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The zero-set-up default: embedded H2 and the built-in issuer, with nothing configured but an
 * administrator. Registration, login, a chat round trip, and the data surviving a restart.
 */
class BuiltInIssuerIT {

    private static final String SERVER = "built-in-issuer";
    private static final String PASSWORD = "correct horse battery";

    @Test
    void newcomerRoundTripOnTheEmbeddedDefaultSurvivesARestart() {
        String roomId;
        try (ChatServer server = ChatServer.builder(SERVER)
                .env("CHAT_ADMIN_USERNAME", "root-admin")
                .env("CHAT_ADMIN_PASSWORD", "admin password 1")
                .start()) {
            Api api = Api.of(server).anonymous();
            assertThat(api.get("/health/ready").body()).contains("H2");

            ApiResponse registered = api.post("/api/auth/register", registration("alice", "alice@example.com"));
            assertThat(registered.status()).as("%s", registered).isEqualTo(201);
            assertThat(registered.data().getJsonObject("user").getString("username")).isEqualTo("alice");
            assertThat(registered.data().getJsonObject("user").getJsonArray("roles").getString(0)).isEqualTo("CLIENT");
            assertThat(registered.body()).doesNotContain(PASSWORD);

            assertThat(api.post("/api/auth/register", registration("alice", "other@example.com")).errorCode())
                    .isEqualTo("USER_EXISTS");
            assertThat(api.post("/api/auth/register", registration("alice2", "alice@example.com")).errorCode())
                    .isEqualTo("USER_EXISTS");
            ApiResponse invalid = api.post("/api/auth/register", Map.of("username", "a", "password", "short"));
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.errorCode()).isEqualTo("VALIDATION_ERROR");
            assertThat(invalid.json().getJsonObject("error").getJsonArray("details")).isNotEmpty();
            ApiResponse spoofedNames = api.post("/api/auth/register", Map.of("username", "eve", "email",
                    "eve@example.com", "password", PASSWORD, "firstName", "Eve\u202E", "lastName", "Tab\tbed"));
            assertThat(spoofedNames.errorCode()).as("%s", spoofedNames).isEqualTo("VALIDATION_ERROR");
            assertThat(spoofedNames.json().getJsonObject("error").getJsonArray("details")
                    .getValuesAs(jakarta.json.JsonObject.class)).extracting(detail -> detail.getString("field"))
                    .containsExactlyInAnyOrder("firstName", "lastName");

            ApiResponse emojiNames = api.post("/api/auth/register", Map.of("username", "emoji", "email",
                    "emoji@example.com", "password", PASSWORD, "firstName", "\uD83D\uDE00".repeat(100),
                    "lastName", "\uD83C\uDF89".repeat(100)));
            assertThat(emojiNames.status()).as("100 code points fit H2 too: %s", emojiNames).isEqualTo(201);

            ApiResponse login = api.post("/api/auth/login", Map.of("username", "alice", "password", PASSWORD));
            assertThat(login.status()).as("%s", login).isEqualTo(200);
            assertThat(login.data().getString("expiresAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            Api alice = api.withToken(login.data().getString("token"));

            ApiResponse room = alice.post("/api/chat/rooms", Map.of("name", "General", "type", "GROUP"));
            assertThat(room.status()).as("%s", room).isEqualTo(201);
            roomId = room.data().getJsonObject("chatRoom").getString("id");
            assertThat(alice.post("/api/chat/rooms/" + roomId + "/messages", Map.of("content", "Hello, world!"))
                    .status()).isEqualTo(201);
            assertThat(contents(alice.get("/api/chat/rooms/" + roomId + "/messages"))).endsWith("Hello, world!");
            assertRoomListedWithItsLastMessage(alice, roomId);

            ApiResponse adminLogin = api.post("/api/auth/login",
                    Map.of("username", "root-admin", "password", "admin password 1"));
            assertThat(adminLogin.data().getJsonObject("user").getJsonArray("roles").getString(0)).isEqualTo("ADMIN");
            assertThat(api.withToken(adminLogin.data().getString("token")).get("/api/admin/roles/CLIENT/permissions")
                    .status()).isEqualTo(200);

            assertLoginFailuresAreUniformAndThrottled(api);
        }

        try (ChatServer restarted = ChatServer.builder(SERVER).keepData().env("CHAT_REGISTRATION", "closed").start()) {
            Api api = Api.of(restarted).anonymous();
            ApiResponse login = api.post("/api/auth/login", Map.of("username", "alice", "password", PASSWORD));
            assertThat(login.status()).as("the account survived the restart: %s", login).isEqualTo(200);
            Api alice = api.withToken(login.data().getString("token"));
            assertThat(contents(alice.get("/api/chat/rooms/" + roomId + "/messages"))).endsWith("Hello, world!");

            ApiResponse closed = api.post("/api/auth/register", registration("bob", "bob@example.com"));
            assertThat(closed.status()).as("%s", closed).isEqualTo(403);
            assertThat(closed.errorCode()).isEqualTo("FORBIDDEN");
        }
    }

    /** The room list is native SQL: its columns as H2 hands them over. */
    private static void assertRoomListedWithItsLastMessage(Api alice, String roomId) {
        ApiResponse list = alice.get("/api/chat/rooms");
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        jakarta.json.JsonObject listed = list.data().getJsonArray("chatRooms").getJsonObject(0);
        assertThat(listed.getString("id")).isEqualTo(roomId);
        assertThat(listed.getString("type")).isEqualTo("GROUP");
        assertThat(listed.getBoolean("isPrivate")).isFalse();
        assertThat(listed.getString("createdAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(listed.getJsonNumber("participantCount").longValue()).isEqualTo(1);
        assertThat(listed.getJsonNumber("unreadCount").longValue()).as("her own message").isZero();
        jakarta.json.JsonObject last = listed.getJsonObject("lastMessage");
        assertThat(last.getString("content")).isEqualTo("Hello, world!");
        assertThat(last.getString("type")).isEqualTo("TEXT");
        assertThat(last.getJsonObject("sender").getString("username")).isEqualTo("alice");
    }

    /**
     * Last, because five failures from this address block logins from it for a while. The
     * {@code X-Forwarded-For} header a client sends changes nothing: no proxy is trusted by default.
     */
    private static void assertLoginFailuresAreUniformAndThrottled(Api api) {
        ApiResponse wrongPassword = api.post("/api/auth/login", Map.of("username", "alice", "password", "wrong pass"));
        ApiResponse unknownUser = api.post("/api/auth/login", Map.of("username", "nobody", "password", "wrong pass"));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.json()).isEqualTo(wrongPassword.json());

        for (int attempt = 3; attempt <= 5; attempt++) {
            assertThat(api.withHeader("X-Forwarded-For", "198.51.100." + attempt).post("/api/auth/login",
                    Map.of("username", "mallory", "password", "guess " + attempt)).status()).isEqualTo(401);
        }
        ApiResponse throttled = api.withHeader("X-Forwarded-For", "198.51.100.6").post("/api/auth/login",
                Map.of("username", "alice", "password", PASSWORD));
        assertThat(throttled.status()).as("%s", throttled).isEqualTo(429);
        assertThat(throttled.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isPositive();
    }

    private static Map<String, Object> registration(String username, String email) {
        return Map.of("username", username, "email", email, "password", PASSWORD,
                "firstName", "First", "lastName", "Last");
    }

    private static java.util.List<String> contents(ApiResponse history) {
        assertThat(history.status()).as("%s", history).isEqualTo(200);
        return history.data().getJsonArray("messages").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(message -> message.getString("content"))
                .toList();
    }
}
