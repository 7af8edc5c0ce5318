package com.arizon.chat.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.Api;
import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paged and cursor history: page 1 is the newest, each page reads oldest first. */
class MessageHistoryIT {

    private final ChatServer server = ChatServer.shared();
    private final Api api = Api.of(server);
    private final ChatFixtures fixtures = ChatFixtures.on(server);

    private TestUser owner;
    private String roomId;
    private final List<String> posted = new ArrayList<>();

    @BeforeEach
    void roomWithTwelveMessages() {
        owner = TestUsers.create("CLIENT");
        roomId = fixtures.room(owner, Map.<String, Object>of("name", "History", "type", "GROUP"));
        for (int i = 1; i <= 12; i++) {
            posted.add(fixtures.sendMessage(owner, roomId, "message " + i).getString("id"));
        }
    }

    @Test
    void pageOneHoldsTheNewestMessagesOldestFirst() {
        ApiResponse page1 = history("?page=1&limit=5");
        ApiResponse page2 = history("?page=2&limit=5");
        ApiResponse page3 = history("?page=3&limit=5");

        assertThat(contents(page1)).containsExactly("message 8", "message 9", "message 10", "message 11", "message 12");
        assertThat(contents(page2)).containsExactly("message 3", "message 4", "message 5", "message 6", "message 7");
        assertThat(contents(page3)).containsExactly("room created", "message 1", "message 2");
        assertThat(page1.data().getJsonObject("pagination").toString())
                .isEqualTo("{\"page\":1,\"limit\":5,\"hasMore\":true}");
        assertThat(page3.data().getJsonObject("pagination").getBoolean("hasMore")).isFalse();
        assertThat(contents(history(""))).hasSize(13);
    }

    @Test
    void cursorsWalkBackwardAndCatchUpForward() {
        ApiResponse before = history("?before=" + posted.get(5) + "&limit=3");
        assertThat(contents(before)).containsExactly("message 3", "message 4", "message 5");
        assertThat(before.data().getJsonObject("pagination").toString()).isEqualTo("{\"limit\":3,\"hasMore\":true}");

        ApiResponse after = history("?after=" + posted.get(9) + "&limit=3");
        assertThat(contents(after)).containsExactly("message 11", "message 12");
        assertThat(after.data().getJsonObject("pagination").getBoolean("hasMore")).isFalse();
    }

    @Test
    void badPagingParametersAreValidationErrorsNeverClamped() {
        for (String query : List.of("?page=0", "?limit=0", "?limit=101", "?page=abc", "?limit=1.5",
                "?before=" + posted.get(0) + "&after=" + posted.get(1))) {
            ApiResponse response = history(query);
            assertThat(response.status()).as("%s", response).isEqualTo(400);
            assertThat(response.errorCode()).as(query).isEqualTo("VALIDATION_ERROR");
        }
        ApiResponse unknownCursor = history("?before=no-such-message");
        assertThat(unknownCursor.status()).isEqualTo(404);
        assertThat(unknownCursor.errorCode()).isEqualTo("MESSAGE_NOT_FOUND");
    }

    @Test
    void aCursorFromAnotherRoomIsNotFound() {
        String otherRoom = fixtures.room(owner, Map.<String, Object>of("name", "Other", "type", "GROUP"));
        String foreign = fixtures.sendMessage(owner, otherRoom, "elsewhere").getString("id");
        assertThat(history("?after=" + foreign).errorCode()).isEqualTo("MESSAGE_NOT_FOUND");
    }

    private ApiResponse history(String query) {
        return api.as(owner).get("/api/chat/rooms/" + roomId + "/messages" + query);
    }

    private static List<String> contents(ApiResponse response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.data().getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .map(message -> message.getString("type").equals("SYSTEM") ? "room created" : message.getString("content"))
                .toList();
    }
}
