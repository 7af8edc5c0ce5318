package com.arizon.chat.room;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Creating, seeing, joining and leaving rooms (contract sections 3, 5 and 8.1). */
class RoomRulesIT {

    private final ChatServer server = ChatServer.shared();
    private final Api api = Api.of(server);
    private final ChatFixtures fixtures = ChatFixtures.on(server);

    @Test
    void creatorBecomesOwnerAndListedUsersBecomeMembers() {
        TestUser owner = TestUsers.create("CLIENT");
        TestUser member = fixtures.user("CLIENT");

        ApiResponse created = api.as(owner).post("/api/chat/rooms", Map.of("name", "Team", "type", "GROUP",
                "description", "Our team", "maxMembers", 5, "participantIds", List.of(member.id(), owner.id())));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().getString("message")).isEqualTo("Chat room created successfully");
        JsonObject room = created.data().getJsonObject("chatRoom");
        assertThat(room.getString("name")).isEqualTo("Team");
        assertThat(room.getInt("maxMembers")).isEqualTo(5);
        assertThat(room.getInt("participantCount")).isEqualTo(2);
        assertThat(room.getJsonArray("participants").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("id") + ":" + p.getString("role"))
                .containsExactly(owner.id() + ":OWNER", member.id() + ":MEMBER");
        assertThat(room.getString("createdAt")).matches(".*T.*\\.\\d{3}Z");
    }

    @Test
    void roomListShowsNewestActivityFirstWithCountsAndUnread() {
        TestUser alice = TestUsers.create("CLIENT");
        TestUser bob = fixtures.user("CLIENT");
        String older = fixtures.group(alice, bob);
        String newer = fixtures.group(alice, bob);
        fixtures.sendMessage(bob, older, "bump the older room");

        ApiResponse list = api.as(alice).get("/api/chat/rooms");

        List<JsonObject> rooms = list.data().getJsonArray("chatRooms").getValuesAs(JsonObject.class);
        assertThat(rooms).extracting(r -> r.getString("id")).containsExactly(older, newer);
        JsonObject first = rooms.get(0);
        assertThat(first.getInt("participantCount")).isEqualTo(2);
        assertThat(first.getInt("unreadCount")).isEqualTo(1);
        assertThat(first.getJsonObject("lastMessage").getString("content")).isEqualTo("bump the older room");
        assertThat(first.getJsonObject("lastMessage").getJsonObject("sender").getString("id")).isEqualTo(bob.id());
        assertThat(rooms.get(1).getInt("unreadCount")).isZero();
        assertThat(list.data().getJsonObject("pagination").getBoolean("hasMore")).isFalse();
        assertThat(api.as(bob).get("/api/chat/rooms").data().getJsonArray("chatRooms").getValuesAs(JsonObject.class)
                .get(0).getInt("unreadCount")).as("own messages are not unread").isZero();
    }

    @Test
    void privateRoomIsInvisibleToOutsidersButNotToJoinPrivateHolders() {
        TestUser owner = TestUsers.create("CLIENT");
        String roomId = fixtures.room(owner, Map.<String, Object>of("name", "Secret", "type", "GROUP", "isPrivate", true));
        TestUser outsider = TestUsers.create("CLIENT", "BUSINESS", "SUPPORT");

        for (ApiResponse hidden : List.of(api.as(outsider).get("/api/chat/rooms/" + roomId),
                api.as(outsider).post("/api/chat/rooms/" + roomId),
                api.as(outsider).get("/api/chat/rooms/" + roomId + "/messages"),
                api.as(outsider).get("/api/chat/rooms/no-such-room"))) {
            assertThat(hidden.status()).as("%s", hidden).isEqualTo(404);
            assertThat(hidden.errorCode()).isEqualTo("CHAT_ROOM_NOT_FOUND");
        }
        assertThat(api.as(outsider).get("/api/chat/rooms?scope=public").body()).doesNotContain(roomId);

        TestUser admin = TestUsers.create("ADMIN");
        assertThat(api.as(admin).get("/api/chat/rooms/" + roomId).status()).isEqualTo(200);
        assertThat(api.as(admin).get("/api/chat/rooms/" + roomId + "/messages").status())
                .as("global ADMIN reads every room").isEqualTo(200);
        ApiResponse beforeJoining = api.as(admin).post("/api/chat/rooms/" + roomId + "/messages", Map.of("content", "hi"));
        assertThat(beforeJoining.errorCode()).isEqualTo("NOT_PARTICIPANT");
        assertThat(api.as(admin).post("/api/chat/rooms/" + roomId).status()).as("join_private").isEqualTo(200);
    }

    @Test
    void publicRoomNeedsJoiningBeforeParticipantOnlyOperations() {
        TestUser owner = TestUsers.create("CLIENT");
        String roomId = fixtures.room(owner, Map.<String, Object>of("name", "Lobby", "type", "GROUP"));
        TestUser visitor = TestUsers.create("CLIENT");

        assertThat(api.as(visitor).get("/api/chat/rooms/" + roomId).status()).isEqualTo(200);
        ApiResponse read = api.as(visitor).get("/api/chat/rooms/" + roomId + "/messages");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.errorCode()).isEqualTo("NOT_PARTICIPANT");
        JsonObject listed = api.as(visitor).get("/api/chat/rooms?scope=public&limit=100").data()
                .getJsonArray("chatRooms").getValuesAs(JsonObject.class).stream()
                .filter(room -> room.getString("id").equals(roomId)).findFirst().orElseThrow();
        assertThat(listed.getBoolean("isParticipant")).isFalse();

        ApiResponse joined = api.as(visitor).post("/api/chat/rooms/" + roomId);
        ApiResponse again = api.as(visitor).post("/api/chat/rooms/" + roomId);
        assertThat(joined.status()).isEqualTo(200);
        assertThat(again.status()).as("joining twice is harmless").isEqualTo(200);
        assertThat(again.data().getJsonObject("chatRoom").getInt("participantCount")).isEqualTo(2);
        assertThat(api.as(visitor).get("/api/chat/rooms").data().getJsonArray("chatRooms").getValuesAs(JsonObject.class)
                .get(0).getInt("unreadCount")).as("a new member starts with nothing unread").isZero();
        assertThat(api.as(visitor).get("/api/chat/rooms/" + roomId + "/messages").data().getJsonArray("messages")
                .getValuesAs(JsonObject.class)).extracting(m -> m.getString("type")).contains("SYSTEM");
    }

    @Test
    void fullRoomRefusesJoinsAndParallelJoinsNeverOverfillIt() throws Exception {
        TestUser owner = TestUsers.create("CLIENT");
        String roomId = fixtures.room(owner, Map.<String, Object>of("name", "Tiny", "type", "GROUP", "maxMembers", 5));
        List<TestUser> candidates = java.util.stream.IntStream.range(0, 12).mapToObj(i -> fixtures.user("CLIENT"))
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<ApiResponse>> joins = candidates.stream()
                    .map(user -> pool.submit(() -> api.as(user).post("/api/chat/rooms/" + roomId)))
                    .toList();
            int admitted = 0;
            for (Future<ApiResponse> join : joins) {
                ApiResponse response = join.get();
                if (response.status() == 200) {
                    admitted++;
                } else {
                    assertThat(response.errorCode()).as("%s", response).isEqualTo("JOIN_ROOM_FAILED");
                }
            }
            assertThat(admitted).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.as(owner).get("/api/chat/rooms/" + roomId).data().getJsonObject("chatRoom")
                .getInt("participantCount")).isEqualTo(5);
    }

    @Test
    void directRoomIsUniquePerPairAndClosedToEveryoneElse() {
        TestUser alice = TestUsers.create("CLIENT");
        TestUser bob = fixtures.user("CLIENT");

        ApiResponse first = api.as(alice).post("/api/chat/rooms", Map.of("type", "DIRECT", "participantIds", List.of(bob.id())));
        ApiResponse second = api.as(bob).post("/api/chat/rooms", Map.of("type", "DIRECT", "participantIds", List.of(alice.id())));

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(second.status()).as("%s", second).isEqualTo(200);
        String roomId = first.data().getJsonObject("chatRoom").getString("id");
        assertThat(second.data().getJsonObject("chatRoom").getString("id")).isEqualTo(roomId);
        assertThat(first.data().getJsonObject("chatRoom").getBoolean("isPrivate")).isTrue();

        TestUser stranger = TestUsers.create("SUPPORT", "BUSINESS");
        assertThat(api.as(stranger).get("/api/chat/rooms/" + roomId).errorCode()).isEqualTo("CHAT_ROOM_NOT_FOUND");
        TestUser admin = TestUsers.create("ADMIN");
        ApiResponse adminJoin = api.as(admin).post("/api/chat/rooms/" + roomId);
        assertThat(adminJoin.status()).isEqualTo(409);
        assertThat(adminJoin.errorCode()).isEqualTo("JOIN_ROOM_FAILED");

        ApiResponse crowd = api.as(alice).post("/api/chat/rooms",
                Map.of("type", "DIRECT", "participantIds", List.of(bob.id(), admin.id())));
        assertThat(crowd.errorCode()).isEqualTo("INVALID_PARTICIPANTS");
        ApiResponse alone = api.as(alice).post("/api/chat/rooms", Map.of("type", "DIRECT", "participantIds", List.of()));
        assertThat(alone.errorCode()).isEqualTo("INVALID_PARTICIPANTS");
    }

    @Test
    void unknownParticipantsAndOvercapacityAreInvalid() {
        TestUser owner = TestUsers.create("CLIENT");
        ApiResponse unknown = api.as(owner).post("/api/chat/rooms",
                Map.of("name", "X", "type", "GROUP", "participantIds", List.of("no-such-user")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("INVALID_PARTICIPANTS");

        TestUser a = fixtures.user("CLIENT");
        TestUser b = fixtures.user("CLIENT");
        ApiResponse tooMany = api.as(owner).post("/api/chat/rooms",
                Map.of("name", "X", "type", "GROUP", "maxMembers", 2, "participantIds", List.of(a.id(), b.id())));
        assertThat(tooMany.errorCode()).isEqualTo("INVALID_PARTICIPANTS");
    }

    @Test
    void leavingHandsOwnershipOnAndTheLastOneOutDeactivatesTheRoom() {
        TestUser owner = TestUsers.create("CLIENT");
        TestUser member = fixtures.user("CLIENT");
        String roomId = fixtures.group(owner, member);

        ApiResponse left = api.as(owner).delete("/api/chat/rooms/" + roomId);
        assertThat(left.status()).as("%s", left).isEqualTo(200);
        JsonObject room = api.as(member).get("/api/chat/rooms/" + roomId).data().getJsonObject("chatRoom");
        assertThat(room.getJsonArray("participants").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("id") + ":" + p.getString("role"))
                .containsExactly(member.id() + ":OWNER");
        assertThat(api.as(owner).delete("/api/chat/rooms/" + roomId).errorCode())
                .as("leaving twice").isEqualTo("NOT_PARTICIPANT");

        assertThat(api.as(member).delete("/api/chat/rooms/" + roomId).status()).isEqualTo(200);
        TestUser admin = TestUsers.create("ADMIN");
        assertThat(api.as(admin).get("/api/chat/rooms/" + roomId).data().getJsonObject("chatRoom")
                .getBoolean("isActive")).isFalse();
        ApiResponse rejoin = api.as(owner).post("/api/chat/rooms/" + roomId);
        assertThat(rejoin.status()).isEqualTo(409);
        assertThat(rejoin.errorCode()).isEqualTo("ROOM_INACTIVE");
    }

    @Test
    void roomBodiesAreValidated() {
        TestUser owner = TestUsers.create("CLIENT");
        ApiResponse invalid = api.as(owner).post("/api/chat/rooms",
                Map.of("name", "x".repeat(101), "type", "LOUNGE", "maxMembers", 1, "description", "d".repeat(1001)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(invalid.json().getJsonObject("error").getJsonArray("details").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("field"))
                .containsExactlyInAnyOrder("name", "type", "maxMembers", "description");
        assertThat(api.as(owner).post("/api/chat/rooms", Map.of("type", "GROUP")).errorCode())
                .as("GROUP rooms need a name").isEqualTo("VALIDATION_ERROR");
        String emoji = "\uD83D\uDE00".repeat(100);
        assertThat(api.as(owner).post("/api/chat/rooms", Map.of("name", emoji, "type", "GROUP")).status())
                .as("lengths count code points").isEqualTo(201);
    }

    @Test
    void controlCharactersAndBidiOverridesInNamesAndDescriptionsAreRefusedNamingTheField() {
        TestUser owner = TestUsers.create("CLIENT");
        ApiResponse spoofed = api.as(owner).post("/api/chat/rooms",
                Map.of("name", "abc\u202Egnp.exe", "type", "GROUP", "isPrivate", false));
        assertValidationOf(spoofed, "name");
        for (String bad : List.of("\u202Aembedding", "iso\u2066late\u2069", "line\nbreak", "tab\there", "bell\u0007",
                "next\u0085line", "not a character \uFFFF")) {
            assertValidationOf(api.as(owner).post("/api/chat/rooms", Map.of("name", bad, "type", "GROUP")), "name");
            assertValidationOf(api.as(owner).post("/api/chat/rooms",
                    Map.of("name", "Fine", "type", "GROUP", "description", bad)), "description");
        }
        assertValidationOf(api.as(owner).post("/api/chat/rooms",
                Map.of("type", "DIRECT", "name", "x\u202E", "participantIds", List.of(fixtures.user("CLIENT").id()))), "name");
    }

    @Test
    void namesWithAccentsEmojiAndRightToLeftScriptsAreKeptAsGiven() {
        TestUser owner = TestUsers.create("CLIENT");
        String name = "Café crème ☕ \uD83C\uDF89 שלום";
        String description = "Ünïcødé, 日本語 and \u200Fمرحبا";

        ApiResponse created = api.as(owner).post("/api/chat/rooms",
                Map.of("name", name, "type", "GROUP", "description", description));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonObject room = created.data().getJsonObject("chatRoom");
        assertThat(room.getString("name")).isEqualTo(name);
        assertThat(room.getString("description")).isEqualTo(description);
    }

    private static void assertValidationOf(ApiResponse response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.errorCode()).as("%s", response).isEqualTo("VALIDATION_ERROR");
        assertThat(response.json().getJsonObject("error").getJsonArray("details").getValuesAs(JsonObject.class))
                .as("%s", response)
                .extracting(d -> d.getString("field"))
                .containsExactly(field);
    }
}
