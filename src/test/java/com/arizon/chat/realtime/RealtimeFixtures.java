package com.arizon.chat.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Users and rooms for real-time tests, made over REST on the shared server. */
public final class RealtimeFixtures {

    private RealtimeFixtures() {
    }

    public static ChatServer server() {
        return ChatServer.shared();
    }

    public static Api api(TestUser user) {
        return Api.of(server()).as(user);
    }

    /** A new CLIENT user that the server already knows (so it can be added to rooms). */
    public static TestUser user() {
        TestUser user = TestUsers.create("CLIENT");
        ApiResponse response = api(user).get("/api/chat/rooms");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return user;
    }

    /** A public GROUP room owned by {@code owner} with the members in it; returns its id. */
    public static String publicRoom(TestUser owner, TestUser... members) {
        return room(owner, false, members);
    }

    /** A private GROUP room owned by {@code owner} with the members in it; returns its id. */
    public static String privateRoom(TestUser owner, TestUser... members) {
        return room(owner, true, members);
    }

    private static String room(TestUser owner, boolean isPrivate, TestUser... members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "realtime " + System.nanoTime());
        body.put("type", "GROUP");
        body.put("isPrivate", isPrivate);
        body.put("participantIds", Arrays.stream(members).map(TestUser::id).toList());
        ApiResponse response = api(owner).post("/api/chat/rooms", body);
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.data().getJsonObject("chatRoom").getString("id");
    }

    /** Posts a message over REST; returns its id. */
    public static String postOverRest(TestUser sender, String roomId, String content) {
        ApiResponse response = api(sender).post("/api/chat/rooms/" + roomId + "/messages",
                Map.of("content", content, "type", "TEXT"));
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.data().getJsonObject("message").getString("id");
    }
}
