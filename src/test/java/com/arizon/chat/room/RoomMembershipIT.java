package com.arizon.chat.room;

import static com.arizon.chat.it.support.ChatFixtures.assertError;
import static com.arizon.chat.it.support.ChatFixtures.room;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.Concurrently;
import com.arizon.chat.it.support.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Leaving, ownership hand-over, deactivation, and membership under concurrency. */
class RoomMembershipIT {

    private final ChatFixtures chat = ChatFixtures.on(ChatServer.shared());

    @Test
    void leavingOwnerHandsOverToTheLongestStandingAdmin() {
        TestUser owner = chat.user();
        TestUser member = chat.user();
        TestUser firstAdmin = chat.user();
        TestUser secondAdmin = chat.user();
        String roomId = chat.group(owner, member);
        chat.join(firstAdmin, roomId);
        chat.join(secondAdmin, roomId);
        // Promoted in the opposite order of their joining: standing counts from joinedAt.
        chat.makeRole(owner, roomId, secondAdmin, "ADMIN");
        chat.makeRole(owner, roomId, firstAdmin, "ADMIN");

        leave(owner, roomId);

        assertThat(chat.roleOf(member, roomId, firstAdmin)).isEqualTo("OWNER");
        assertThat(chat.roleOf(member, roomId, secondAdmin)).isEqualTo("ADMIN");
        assertThat(chat.roleOf(member, roomId, owner)).isNull();
        assertThat(chat.systemMessages(member, roomId)).contains(owner.username() + " left the room",
                firstAdmin.username() + " is now the owner");
    }

    @Test
    void withoutAdminsTheLongestStandingMemberBecomesOwner() {
        TestUser owner = chat.user();
        TestUser first = chat.user();
        TestUser second = chat.user();
        String roomId = chat.group(owner);
        chat.join(first, roomId);
        chat.join(second, roomId);

        leave(owner, roomId);

        assertThat(chat.roleOf(second, roomId, first)).isEqualTo("OWNER");
        assertThat(chat.roleOf(second, roomId, second)).isEqualTo("MEMBER");
    }

    @Test
    void theLastOneOutDeactivatesTheRoom() {
        TestUser owner = chat.user();
        TestUser member = chat.user();
        String roomId = chat.group(owner, member);

        leave(member, roomId);
        leave(owner, roomId);

        ApiResponse rejoin = chat.as(owner).post(room(roomId));
        assertError(rejoin, 409, "ROOM_INACTIVE");
        assertThat(chat.as(chat.user("ADMIN")).get(room(roomId)).data().getJsonObject("chatRoom")
                .getBoolean("isActive")).isFalse();
    }

    @Test
    void leavingARoomOneIsNotInIsRefused() {
        String roomId = chat.group(chat.user());

        assertError(chat.as(chat.user()).delete(room(roomId)), 403, "NOT_PARTICIPANT");
        assertError(chat.as(chat.user()).delete(room("no-such-room")), 404, "CHAT_ROOM_NOT_FOUND");
    }

    @Test
    void concurrentFirstCreationsOfADirectRoomAllGetTheSameRoom() throws Exception {
        TestUser alice = chat.user();
        TestUser bob = chat.user();
        List<Callable<ApiResponse>> creations = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            TestUser creator = i % 2 == 0 ? alice : bob;
            TestUser other = creator == alice ? bob : alice;
            creations.add(() -> chat.as(creator).post(ChatFixtures.ROOMS,
                    Map.of("type", "DIRECT", "participantIds", List.of(other.id()))));
        }

        List<ApiResponse> responses = Concurrently.run(creations);

        assertThat(responses).extracting(ApiResponse::status).as("%s", responses).containsOnly(201, 200)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.data().getJsonObject("chatRoom").getString("id")).as("%s", responses)
                .containsOnly(responses.get(0).data().getJsonObject("chatRoom").getString("id"));
    }

    @Test
    void fiftyParallelJoinsOfARoomWithTenFreePlacesAdmitTen() throws Exception {
        TestUser owner = chat.user();
        String roomId = chat.room(owner, Map.of("name", "eleven seats", "type", "GROUP", "maxMembers", 11));
        List<TestUser> hopefuls = IntStream.range(0, 50).mapToObj(i -> chat.user()).toList();

        List<ApiResponse> responses = Concurrently.run(hopefuls.stream()
                .<Callable<ApiResponse>>map(user -> () -> chat.as(user).post(room(roomId)))
                .toList());

        assertThat(responses).filteredOn(r -> r.status() == 200).as("%s", responses).hasSize(10);
        assertThat(responses).filteredOn(r -> r.status() != 200).as("%s", responses)
                .allSatisfy(r -> assertError(r, 409, "JOIN_ROOM_FAILED"));
        assertThat(chat.details(owner, roomId).getInt("participantCount")).isEqualTo(11);
    }

    private void leave(TestUser user, String roomId) {
        ApiResponse response = chat.as(user).delete(room(roomId));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }
}
