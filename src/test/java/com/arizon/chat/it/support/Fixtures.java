package com.arizon.chat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Map;

/** Short ways to set up rooms and messages through the public API, asserting each step worked. */
public final class Fixtures {

    private final Api api;

    private Fixtures(Api api) {
        this.api = api;
    }

    public static Fixtures on(ChatServer server) {
        return new Fixtures(Api.of(server));
    }

    /** Makes the server know these users (participants must have signed in once). */
    public void provision(TestUser... users) {
        for (TestUser user : users) {
            ApiResponse response = api.as(user).get("/api/chat/rooms");
            assertThat(response.status()).as("%s", response).isEqualTo(200);
        }
    }

    public JsonObject createRoom(TestUser owner, Map<String, Object> body) {
        ApiResponse response = api.as(owner).post("/api/chat/rooms", body);
        assertThat(response.status()).as("%s", response).isIn(200, 201);
        return response.data().getJsonObject("chatRoom");
    }

    public String createGroup(TestUser owner, TestUser... members) {
        provision(members);
        return createRoom(owner, Map.of("name", "Room of " + owner.username(), "type", "GROUP",
                "participantIds", Arrays.stream(members).map(TestUser::id).toList())).getString("id");
    }

    public JsonObject post(TestUser sender, String roomId, String content) {
        ApiResponse response = api.as(sender).post("/api/chat/rooms/" + roomId + "/messages", Map.of("content", content));
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.data().getJsonObject("message");
    }

    public void join(TestUser user, String roomId) {
        ApiResponse response = api.as(user).post("/api/chat/rooms/" + roomId);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }
}
