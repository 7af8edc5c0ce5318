package com.arizon.chat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Set-up steps that many black-box tests share: users that exist on the server, rooms, members and
 * messages. Each step asserts its own success, so a test fails where its set-up did.
 */
public final class ChatFixtures {

    public static final String ROOMS = "/api/chat/rooms";

    private final Api api;

    private ChatFixtures(Api api) {
        this.api = api;
    }

    public static ChatFixtures on(ServerAddress server) {
        return new ChatFixtures(Api.of(server));
    }

    public Api api() {
        return api;
    }

    public Api as(TestUser user) {
        return api.as(user);
    }

    /** A new user with these global roles, already provisioned by one authenticated request. */
    public TestUser user(String... groups) {
        TestUser user = TestUsers.create(groups.length == 0 ? new String[] {"CLIENT"} : groups);
        ApiResponse response = api.as(user).get(ROOMS);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return user;
    }

    /** A GROUP room (public unless told) owned by {@code owner}, with the members in it. */
    public String group(TestUser owner, TestUser... members) {
        return room(owner, Map.of("name", "group", "type", "GROUP"), members);
    }

    public String privateGroup(TestUser owner, TestUser... members) {
        return room(owner, Map.of("name", "private group", "type", "GROUP", "isPrivate", true), members);
    }

    /** A room created with {@code body} plus {@code participantIds} of the members; its id. */
    public String room(TestUser owner, Map<String, Object> body, TestUser... members) {
        Map<String, Object> request = new LinkedHashMap<>(body);
        request.put("participantIds", Arrays.stream(members).map(TestUser::id).toList());
        ApiResponse response = api.as(owner).post(ROOMS, request);
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.data().getJsonObject("chatRoom").getString("id");
    }

    public void join(TestUser user, String roomId) {
        ApiResponse response = api.as(user).post(ROOMS + "/" + roomId);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }

    /** Sets a participant's room role through the API, as {@code actor}. */
    public void makeRole(TestUser actor, String roomId, TestUser target, String role) {
        ApiResponse response = api.as(actor).patch(participant(roomId, target), Map.of("role", role));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }

    /** Posts a TEXT message; its id. */
    public String send(TestUser sender, String roomId, String content) {
        return sendMessage(sender, roomId, content).getString("id");
    }

    public JsonObject sendMessage(TestUser sender, String roomId, String content) {
        ApiResponse response = api.as(sender).post(messages(roomId), Map.of("content", content, "type", "TEXT"));
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.data().getJsonObject("message");
    }

    /** Every message of a room, oldest first, read page by page with {@code before} cursors. */
    public List<JsonObject> allMessages(TestUser reader, String roomId) {
        List<JsonObject> newestPageFirst = new ArrayList<>();
        ApiResponse page = api.as(reader).get(messages(roomId) + "?limit=100");
        while (true) {
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            List<JsonObject> messages = page.data().getJsonArray("messages").getValuesAs(JsonObject.class);
            newestPageFirst.addAll(0, messages);
            if (!page.data().getJsonObject("pagination").getBoolean("hasMore") || messages.isEmpty()) {
                return newestPageFirst;
            }
            page = api.as(reader).get(messages(roomId) + "?limit=100&before=" + messages.get(0).getString("id"));
        }
    }

    /** The contents of a room's SYSTEM messages, oldest first. */
    public List<String> systemMessages(TestUser reader, String roomId) {
        return allMessages(reader, roomId).stream()
                .filter(message -> message.getString("type").equals("SYSTEM"))
                .map(message -> message.getString("content"))
                .toList();
    }

    /** The caller's view of the room as {@code GET /chat/rooms} lists it, or null when not listed. */
    public JsonObject listed(TestUser user, String roomId) {
        ApiResponse response = api.as(user).get(ROOMS + "?limit=100");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.data().getJsonArray("chatRooms").getValuesAs(JsonObject.class).stream()
                .filter(room -> room.getString("id").equals(roomId))
                .findFirst()
                .orElse(null);
    }

    public JsonObject details(TestUser user, String roomId) {
        ApiResponse response = api.as(user).get(ROOMS + "/" + roomId);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.data().getJsonObject("chatRoom");
    }

    /** The room role of a participant, or null when they are not one. */
    public String roleOf(TestUser reader, String roomId, TestUser participant) {
        return details(reader, roomId).getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(participant.id()))
                .map(p -> p.getString("role"))
                .findFirst()
                .orElse(null);
    }

    public static String room(String roomId) {
        return ROOMS + "/" + roomId;
    }

    public static String messages(String roomId) {
        return ROOMS + "/" + roomId + "/messages";
    }

    public static String message(String roomId, String messageId) {
        return messages(roomId) + "/" + messageId;
    }

    public static String participants(String roomId) {
        return ROOMS + "/" + roomId + "/participants";
    }

    public static String participant(String roomId, TestUser user) {
        return participants(roomId) + "/" + user.id();
    }

    public static String bans(String roomId) {
        return ROOMS + "/" + roomId + "/bans";
    }

    /** The strings of a JSON array of strings. */
    public static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** An error reply: status, and the envelope's code. */
    public static void assertError(ApiResponse response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.errorCode()).as("%s", response).isEqualTo(code);
    }

    /** {@code VALIDATION_ERROR} whose details name the field. */
    public static void assertValidation(ApiResponse response, String field) {
        assertError(response, 400, "VALIDATION_ERROR");
        assertThat(response.json().getJsonObject("error").getJsonArray("details").getValuesAs(JsonObject.class))
                .as("%s", response)
                .extracting(detail -> detail.getString("field"))
                .contains(field);
    }
}
