package com.arizon.chat.room;

import static com.arizon.chat.it.support.ChatFixtures.assertError;
import static com.arizon.chat.it.support.ChatFixtures.assertValidation;
import static com.arizon.chat.it.support.ChatFixtures.messages;
import static com.arizon.chat.it.support.ChatFixtures.room;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Room settings, the public directory, admin deletion, deactivation and the room list's extras. */
class RoomManagementIT {

    private final ChatFixtures chat = ChatFixtures.on(ChatServer.shared());

    @Test
    void ownerWithUpdatePermissionChangesSettings() {
        TestUser owner = chat.user("BUSINESS");
        String roomId = chat.group(owner);

        ApiResponse response = chat.as(owner).patch(room(roomId), Map.of("name", "  Renamed  ",
                "description", "new words", "maxMembers", 30, "isPrivate", true));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonObject room = response.data().getJsonObject("chatRoom");
        assertThat(room.getString("name")).isEqualTo("Renamed");
        assertThat(room.getString("description")).isEqualTo("new words");
        assertThat(room.getInt("maxMembers")).isEqualTo(30);
        assertThat(room.getBoolean("isPrivate")).isTrue();
        assertThat(chat.systemMessages(owner, roomId)).last().asString()
                .contains("changed the room's name, description, privacy, member limit");
    }

    @Test
    void leftOutFieldsStayAndNullDescriptionClears() {
        TestUser owner = chat.user("BUSINESS");
        String roomId = chat.room(owner, Map.of("name", "keep", "type", "GROUP", "description", "old"));
        Map<String, Object> body = new HashMap<>();
        body.put("description", null);

        ApiResponse response = chat.as(owner).patch(room(roomId), body);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonObject room = response.data().getJsonObject("chatRoom");
        assertThat(room.getString("name")).isEqualTo("keep");
        assertThat(room.isNull("description")).isTrue();
        assertThat(room.getInt("maxMembers")).isEqualTo(100);
    }

    @Test
    void patchRefusesControlCharactersAndBidiOverridesNamingTheField() {
        TestUser owner = chat.user("BUSINESS");
        String roomId = chat.room(owner, Map.of("name", "plain", "type", "GROUP"));

        assertValidation(chat.as(owner).patch(room(roomId), Map.of("name", "abc\u202Egnp.exe")), "name");
        assertValidation(chat.as(owner).patch(room(roomId), Map.of("description", "two\nlines")), "description");
        assertThat(chat.as(owner).get(room(roomId)).data().getJsonObject("chatRoom").getString("name"))
                .isEqualTo("plain");
    }

    @Test
    void patchNeedsUpdatePermissionAndRoomAdmin() {
        TestUser clientOwner = chat.user("CLIENT");
        String clientRoom = chat.group(clientOwner);
        assertError(chat.as(clientOwner).patch(room(clientRoom), Map.of("name", "x")), 403, "FORBIDDEN");

        TestUser owner = chat.user("BUSINESS");
        TestUser member = chat.user("BUSINESS");
        TestUser admin = chat.user("SUPPLIER");
        String roomId = chat.group(owner, member, admin);
        chat.makeRole(owner, roomId, admin, "ADMIN");

        assertError(chat.as(member).patch(room(roomId), Map.of("name", "x")), 403, "FORBIDDEN");
        ApiResponse byAdmin = chat.as(admin).patch(room(roomId), Map.of("name", "by admin"));
        assertThat(byAdmin.status()).as("%s", byAdmin).isEqualTo(200);
        ApiResponse byGlobalAdmin = chat.as(chat.user("ADMIN")).patch(room(roomId), Map.of("name", "by global"));
        assertThat(byGlobalAdmin.status()).as("%s", byGlobalAdmin).isEqualTo(200);
        TestUser moderator = chat.user("SUPPORT");
        assertError(chat.as(moderator).patch(room(roomId), Map.of("name", "x")), 403, "FORBIDDEN");
    }

    @Test
    void patchRefusesInvalidSettings() {
        TestUser owner = chat.user("BUSINESS");
        String roomId = chat.group(owner, chat.user(), chat.user());
        Map<String, Object> nullName = new HashMap<>();
        nullName.put("name", null);

        assertValidation(chat.as(owner).patch(room(roomId), Map.of("maxMembers", 2)), "maxMembers");
        assertValidation(chat.as(owner).patch(room(roomId), Map.of("maxMembers", 10001)), "maxMembers");
        assertValidation(chat.as(owner).patch(room(roomId), nullName), "name");
        assertValidation(chat.as(owner).patch(room(roomId), Map.of("name", "x".repeat(101))), "name");
        assertValidation(chat.as(owner).patch(room(roomId), Map.of("isActive", "yes")), "isActive");
        assertValidation(chat.as(owner).patch(room(roomId), Map.of("maxMembers", "12")), "maxMembers");
        assertValidation(chat.as(owner).patch(room(roomId), Map.of("maxMembers", 12.5)), "maxMembers");
        assertThat(chat.as(owner).patch(room(roomId), Map.of("maxMembers", 3)).status()).isEqualTo(200);

        assertError(chat.as(owner).patch(room("no-such-room"), Map.of("name", "x")), 404, "CHAT_ROOM_NOT_FOUND");
    }

    @Test
    void directRoomsStayPrivate() {
        TestUser owner = chat.user("BUSINESS");
        TestUser other = chat.user();
        String roomId = chat.room(owner, Map.of("type", "DIRECT"), other);

        assertValidation(chat.as(owner).patch(room(roomId), Map.of("isPrivate", false)), "isPrivate");
        assertValidation(chat.as(owner).patch(room(roomId), Map.of("maxMembers", 10)), "maxMembers");
        assertThat(chat.as(owner).patch(room(roomId), Map.of("name", "just us")).status()).isEqualTo(200);
    }

    @Test
    void deactivatedRoomRefusesWritesButParticipantsStillRead() {
        TestUser owner = chat.user("BUSINESS");
        TestUser member = chat.user();
        String roomId = chat.group(owner, member);
        String messageId = chat.send(member, roomId, "before the lights went out");

        ApiResponse deactivated = chat.as(owner).patch(room(roomId), Map.of("isActive", false));
        assertThat(deactivated.status()).as("%s", deactivated).isEqualTo(200);

        assertError(chat.as(member).post(messages(roomId), Map.of("content", "hello?")), 409, "ROOM_INACTIVE");
        assertError(chat.as(member).patch(ChatFixtures.message(roomId, messageId), Map.of("content", "edit")),
                409, "ROOM_INACTIVE");
        assertError(chat.as(member).put(ChatFixtures.message(roomId, messageId) + "/reactions/x"), 409,
                "ROOM_INACTIVE");
        assertError(chat.as(chat.user()).post(room(roomId)), 409, "ROOM_INACTIVE");
        assertError(chat.as(owner).patch(room(roomId), Map.of("name", "still off")), 409, "ROOM_INACTIVE");
        ApiResponse history = chat.as(member).get(messages(roomId));
        assertThat(history.status()).as("%s", history).isEqualTo(200);
        assertThat(chat.details(member, roomId).getBoolean("isActive")).isFalse();

        ApiResponse reactivated = chat.as(owner).patch(room(roomId), Map.of("isActive", true));
        assertThat(reactivated.status()).as("%s", reactivated).isEqualTo(200);
        assertThat(chat.as(member).post(messages(roomId), Map.of("content", "back")).status()).isEqualTo(201);
    }

    @Test
    void adminDeletesARoomWithEverythingInIt() {
        TestUser owner = chat.user();
        TestUser member = chat.user();
        String roomId = chat.group(owner, member);
        String first = chat.send(owner, roomId, "first");
        chat.as(member).post(messages(roomId), Map.of("content", "reply", "replyToId", first));
        chat.as(member).put(ChatFixtures.message(roomId, first) + "/reactions/ok");

        assertError(chat.as(owner).delete("/api/admin/chat/rooms/" + roomId), 403, "FORBIDDEN");
        ApiResponse deleted = chat.as(chat.user("ADMIN")).delete("/api/admin/chat/rooms/" + roomId);

        assertThat(deleted.status()).as("%s", deleted).isEqualTo(200);
        assertThat(deleted.data().getString("roomId")).isEqualTo(roomId);
        assertError(chat.as(owner).get(room(roomId)), 404, "CHAT_ROOM_NOT_FOUND");
        assertThat(chat.listed(member, roomId)).isNull();
        assertError(chat.as(chat.user("ADMIN")).delete("/api/admin/chat/rooms/" + roomId), 404,
                "CHAT_ROOM_NOT_FOUND");
    }

    @Test
    void publicDirectoryListsActivePublicRoomsWithMembership() {
        TestUser owner = chat.user("BUSINESS");
        String joined = chat.group(owner);
        String notJoined = chat.group(chat.user());
        String hidden = chat.privateGroup(chat.user());
        String inactive = chat.group(owner);
        chat.as(owner).patch(room(inactive), Map.of("isActive", false));

        List<JsonObject> directory = publicDirectory(owner);

        assertThat(directory).filteredOn(room -> room.getString("id").equals(joined))
                .singleElement().satisfies(room -> assertThat(room.getBoolean("isParticipant")).isTrue());
        assertThat(directory).filteredOn(room -> room.getString("id").equals(notJoined))
                .singleElement().satisfies(room -> assertThat(room.getBoolean("isParticipant")).isFalse());
        assertThat(directory).extracting(room -> room.getString("id")).doesNotContain(hidden, inactive);
        assertValidation(chat.as(owner).get(ChatFixtures.ROOMS + "?scope=everything"), "scope");
        assertValidation(chat.as(owner).get(ChatFixtures.ROOMS + "?scope=public&limit=0"), "limit");
    }

    @Test
    void roomListCarriesCountsLastMessageAndUnread() {
        TestUser owner = chat.user();
        TestUser member = chat.user();
        String roomId = chat.group(owner, member);
        chat.send(owner, roomId, "one");
        chat.send(owner, roomId, "two");
        assertThat(chat.listed(member, roomId).getInt("unreadCount")).isEqualTo(2);
        // Posting marks the room read up to one's own message, as chat clients do.
        chat.send(member, roomId, "mine");
        assertThat(chat.listed(member, roomId).getInt("unreadCount")).isZero();
        chat.send(owner, roomId, "three");

        JsonObject listed = chat.listed(member, roomId);

        assertThat(listed.getInt("participantCount")).isEqualTo(2);
        assertThat(listed.getInt("unreadCount")).isEqualTo(1);
        JsonObject last = listed.getJsonObject("lastMessage");
        assertThat(last.getString("content")).isEqualTo("three");
        assertThat(last.getJsonObject("sender").getString("username")).isEqualTo(owner.username());
        assertThat(chat.listed(owner, roomId).getInt("unreadCount")).isZero();
    }

    private List<JsonObject> publicDirectory(TestUser user) {
        ApiResponse response = chat.as(user).get(ChatFixtures.ROOMS + "?scope=public&limit=100");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<JsonObject> rooms = new ArrayList<>(
                response.data().getJsonArray("chatRooms").getValuesAs(JsonObject.class));
        for (int page = 2; response.data().getJsonObject("pagination").getBoolean("hasMore"); page++) {
            response = chat.as(user).get(ChatFixtures.ROOMS + "?scope=public&limit=100&page=" + page);
            rooms.addAll(response.data().getJsonArray("chatRooms").getValuesAs(JsonObject.class));
        }
        return rooms;
    }
}
