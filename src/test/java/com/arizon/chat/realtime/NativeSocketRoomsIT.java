package com.arizon.chat.realtime;

import static com.arizon.chat.realtime.RealtimeFixtures.api;
import static com.arizon.chat.realtime.RealtimeFixtures.server;
import static com.arizon.chat.realtime.RealtimeFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatSocket;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code join_room}, {@code leave_room} and presence: user_online, user_offline, room_users_update. */
class NativeSocketRoomsIT {

    @Test
    void participantJoiningGetsTheRoomWithItsParticipants() {
        TestUser owner = user();
        TestUser member = user();
        String roomId = RealtimeFixtures.publicRoom(owner, member);
        try (ChatSocket socket = ChatSocket.signedIn(server(), member)) {
            JsonObject joined = socket.joinRoom(roomId);

            JsonObject room = joined.getJsonObject("room");
            assertThat(room.getString("id")).isEqualTo(roomId);
            assertThat(room.getJsonArray("participants").getValuesAs(JsonObject.class))
                    .extracting(participant -> participant.getString("id"))
                    .containsExactlyInAnyOrder(owner.id(), member.id());
        }
    }

    @Test
    void joiningAPublicRoomAsNonParticipantJoinsItAndTellsTheRoom() {
        TestUser owner = user();
        TestUser stranger = user();
        String roomId = RealtimeFixtures.publicRoom(owner);
        try (ChatSocket ownerSocket = ChatSocket.signedIn(server(), owner);
             ChatSocket strangerSocket = ChatSocket.signedIn(server(), stranger)) {
            ownerSocket.joinRoom(roomId);

            strangerSocket.joinRoom(roomId);

            JsonObject joined = ownerSocket.awaitEvent("participant_joined");
            assertThat(joined.getString("roomId")).isEqualTo(roomId);
            assertThat(joined.getJsonObject("participant").getString("id")).isEqualTo(stranger.id());
            assertThat(ownerSocket.awaitEvent("new_message").getJsonObject("message").getString("type"))
                    .isEqualTo("SYSTEM");
            ApiResponse details = api(owner).get("/api/chat/rooms/" + roomId);
            assertThat(details.data().getJsonObject("chatRoom").getJsonArray("participants")
                    .getValuesAs(JsonObject.class)).extracting(p -> p.getString("id")).contains(stranger.id());
        }
    }

    @Test
    void invisiblePrivateRoomAndUnknownRoomAreNotFound() {
        String privateRoomId = RealtimeFixtures.privateRoom(user());
        try (ChatSocket socket = ChatSocket.signedIn(server(), user())) {
            socket.emit("join_room", Map.of("roomId", privateRoomId));
            JsonObject error = socket.awaitEvent("room_error");
            assertThat(error.getString("code")).isEqualTo("CHAT_ROOM_NOT_FOUND");
            assertThat(error.getString("message")).isNotBlank();
            assertThat(error.getString("roomId")).isEqualTo(privateRoomId);

            socket.emit("join_room", Map.of("roomId", "no-such-room"));
            socket.awaitEvent("room_error", data -> "no-such-room".equals(data.getString("roomId", null)));
            assertThat(socket.events("room_joined")).isEmpty();
        }
    }

    @Test
    void joiningWithoutRoomIdIsAValidationError() {
        try (ChatSocket socket = ChatSocket.signedIn(server(), user())) {
            socket.emit("join_room", Map.of());
            JsonObject error = socket.awaitEvent("room_error");
            assertThat(error.getString("code")).isEqualTo("VALIDATION_ERROR");
            assertThat(error.getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("roomId");
        }
    }

    @Test
    void othersSeeAUserComeOnlineAndGoOffline() {
        try (SubscribedPair pair = SubscribedPair.open()) {

            JsonObject online = pair.aliceSocket().awaitEvent("user_online");
            assertThat(online.getString("userId")).isEqualTo(pair.bob().id());
            assertThat(online.getString("userEmail")).isEqualTo(pair.bob().email());
            assertThat(online.getString("roomId")).isEqualTo(pair.roomId());
            pair.aliceSocket().awaitEvent("room_users_update", data -> userIds(data).containsAll(List.of(pair.alice().id(), pair.bob().id())));
            JsonObject users = pair.aliceSocket().awaitEvent("room_users_update", data -> userIds(data).size() == 2);
            JsonObject bobEntry = users.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                    .filter(entry -> entry.getString("id").equals(pair.bob().id())).findFirst().orElseThrow();
            assertThat(bobEntry.getString("username")).isEqualTo(pair.bob().username());
            assertThat(bobEntry.getString("firstName")).isEqualTo(pair.bob().firstName());
            assertThat(bobEntry.getString("lastName")).isEqualTo(pair.bob().lastName());
            assertThat(bobEntry.containsKey("avatar")).isTrue();

            int beforeLeaving = pair.aliceSocket().mark();
            pair.bobSocket().emit("leave_room", Map.of("roomId", pair.roomId()));
            assertThat(pair.bobSocket().awaitEvent("room_left").getString("roomId")).isEqualTo(pair.roomId());

            JsonObject offline = pair.aliceSocket().awaitEvent("user_offline");
            assertThat(offline.getString("userId")).isEqualTo(pair.bob().id());
            assertThat(offline.getString("userEmail")).isEqualTo(pair.bob().email());
            assertThat(offline.getString("roomId")).isEqualTo(pair.roomId());
            pair.aliceSocket().awaitEventSince(beforeLeaving, "room_users_update",
                    data -> userIds(data).equals(List.of(pair.alice().id())));
        }
    }

    @Test
    void aUserWithTwoDevicesIsOfflineOnlyWhenTheLastLeaves() {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = RealtimeFixtures.publicRoom(alice, bob);
        try (ChatSocket aliceSocket = ChatSocket.signedIn(server(), alice);
             ChatSocket bobPhone = ChatSocket.signedIn(server(), bob);
             ChatSocket bobLaptop = ChatSocket.signedIn(server(), bob)) {
            aliceSocket.joinRoom(roomId);
            bobPhone.joinRoom(roomId);
            bobLaptop.joinRoom(roomId);
            bobLaptop.awaitEvent("room_users_update", data -> userIds(data).contains(bob.id()));

            bobPhone.emit("leave_room", Map.of("roomId", roomId));
            bobPhone.awaitEvent("room_left");
            aliceSocket.sync();
            assertThat(aliceSocket.events("user_online")).hasSize(1);
            assertThat(aliceSocket.events("user_offline")).isEmpty();

            bobLaptop.close();
            assertThat(aliceSocket.awaitEvent("user_offline").getString("userId")).isEqualTo(bob.id());
        }
    }

    @Test
    void aDroppedConnectionLeavesEveryRoom() {
        TestUser alice = user();
        TestUser bob = user();
        String firstRoom = RealtimeFixtures.publicRoom(alice, bob);
        String secondRoom = RealtimeFixtures.publicRoom(alice, bob);
        try (ChatSocket aliceSocket = ChatSocket.signedIn(server(), alice);
             ChatSocket bobSocket = ChatSocket.signedIn(server(), bob)) {
            aliceSocket.joinRoom(firstRoom);
            aliceSocket.joinRoom(secondRoom);
            bobSocket.joinRoom(firstRoom);
            bobSocket.joinRoom(secondRoom);
            aliceSocket.awaitEvent("user_online", data -> data.getString("roomId").equals(secondRoom));

            bobSocket.abort();

            aliceSocket.awaitEvent("user_offline", data -> data.getString("roomId").equals(firstRoom)
                    && data.getString("userId").equals(bob.id()));
            aliceSocket.awaitEvent("user_offline", data -> data.getString("roomId").equals(secondRoom)
                    && data.getString("userId").equals(bob.id()));
        }
    }

    @Test
    void leavingARoomOnlyUnsubscribes() {
        TestUser alice = user();
        TestUser bob = user();
        String roomId = RealtimeFixtures.publicRoom(alice, bob);
        try (ChatSocket bobSocket = ChatSocket.signedIn(server(), bob)) {
            bobSocket.joinRoom(roomId);
            bobSocket.emit("leave_room", Map.of("roomId", roomId));
            bobSocket.awaitEvent("room_left");

            String messageId = RealtimeFixtures.postOverRest(alice, roomId, "after bob unsubscribed");

            bobSocket.sync();
            assertThat(bobSocket.events("new_message")).noneMatch(data ->
                    data.getJsonObject("message").getString("id").equals(messageId));
            ApiResponse details = api(bob).get("/api/chat/rooms/" + roomId);
            assertThat(details.data().getJsonObject("chatRoom").getJsonArray("participants")
                    .getValuesAs(JsonObject.class)).extracting(p -> p.getString("id")).contains(bob.id());
        }
    }

    static List<String> userIds(JsonObject roomUsersUpdate) {
        return roomUsersUpdate.getJsonArray("users").getValuesAs(JsonValue::asJsonObject).stream()
                .map(user -> user.getString("id"))
                .toList();
    }
}
