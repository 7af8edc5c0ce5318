package com.arizon.chat.room;

import static com.arizon.chat.it.support.ChatFixtures.assertError;
import static com.arizon.chat.it.support.ChatFixtures.assertValidation;
import static com.arizon.chat.it.support.ChatFixtures.bans;
import static com.arizon.chat.it.support.ChatFixtures.messages;
import static com.arizon.chat.it.support.ChatFixtures.participant;
import static com.arizon.chat.it.support.ChatFixtures.participants;
import static com.arizon.chat.it.support.ChatFixtures.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Participant management under contract 8.15: add, role, mute, kick, ban, and their SYSTEM messages. */
class ParticipantsIT {

    private static final String FAR_FUTURE = "2099-01-01T00:00:00.000Z";

    private final ChatFixtures chat = ChatFixtures.on(ChatServer.shared());

    @Test
    void ownerAddsUsersAndGetsTheUpdatedList() {
        TestUser owner = chat.user();
        TestUser newcomer = chat.user();
        TestUser second = chat.user();
        String roomId = chat.group(owner);

        ApiResponse response = chat.as(owner).post(participants(roomId),
                Map.of("userIds", List.of(newcomer.id(), second.id())));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(ids(response.data())).containsExactlyInAnyOrder(owner.id(), newcomer.id(), second.id());
        assertThat(chat.systemMessages(owner, roomId)).contains(owner.username() + " added " + newcomer.username());
        // Each newcomer's read marker sits after the announcement of their own arrival.
        assertThat(chat.listed(second, roomId).getInt("unreadCount")).isZero();
        assertThat(chat.listed(newcomer, roomId).getInt("unreadCount")).isEqualTo(1);
        ApiResponse again = chat.as(owner).post(participants(roomId), Map.of("userIds", List.of(newcomer.id())));
        assertThat(ids(again.data())).hasSize(3);
        ApiResponse listed = chat.as(newcomer).get(participants(roomId));
        assertThat(ids(listed.data())).hasSize(3);
    }

    @Test
    void addingIsForOwnersAdminsAndModerators() {
        TestUser owner = chat.user();
        TestUser member = chat.user();
        String roomId = chat.group(owner, member);

        assertError(chat.as(member).post(participants(roomId), Map.of("userIds", List.of(chat.user().id()))),
                403, "FORBIDDEN");
        ApiResponse bySupport = chat.as(chat.user("SUPPORT")).post(participants(roomId),
                Map.of("userIds", List.of(chat.user().id())));
        assertThat(bySupport.status()).as("%s", bySupport).isEqualTo(200);
        assertError(chat.as(chat.user("SUPPORT")).post(participants(roomId),
                Map.of("userIds", List.of(chat.user().id()), "role", "ADMIN")), 403, "FORBIDDEN");
        ApiResponse asAdmin = chat.as(owner).post(participants(roomId),
                Map.of("userIds", List.of(chat.user().id()), "role", "ADMIN"));
        assertThat(asAdmin.status()).as("%s", asAdmin).isEqualTo(200);
    }

    @Test
    void addingRefusesUnknownUsersFullRoomsAndBadBodies() {
        TestUser owner = chat.user();
        String roomId = chat.room(owner, Map.of("name", "pair", "type", "GROUP", "maxMembers", 2));

        assertError(chat.as(owner).post(participants(roomId), Map.of("userIds", List.of("no-such-user"))),
                400, "INVALID_PARTICIPANTS");
        assertError(chat.as(owner).post(participants(roomId),
                Map.of("userIds", List.of(chat.user().id(), chat.user().id()))), 400, "INVALID_PARTICIPANTS");
        assertValidation(chat.as(owner).post(participants(roomId), Map.of("userIds", List.of())), "userIds");
        assertValidation(chat.as(owner).post(participants(roomId),
                Map.of("userIds", List.of(chat.user().id()), "role", "OWNER")), "role");
        assertError(chat.as(owner).post(participants("no-such-room"), Map.of("userIds", List.of(owner.id()))),
                404, "CHAT_ROOM_NOT_FOUND");
    }

    @Test
    void roleChangesFollowRank() {
        TestUser owner = chat.user();
        TestUser admin = chat.user();
        TestUser moderator = chat.user();
        TestUser member = chat.user();
        String roomId = chat.group(owner, admin, moderator, member);
        chat.makeRole(owner, roomId, admin, "ADMIN");

        chat.makeRole(admin, roomId, moderator, "MODERATOR");
        assertThat(chat.roleOf(owner, roomId, moderator)).isEqualTo("MODERATOR");
        assertError(changeRole(moderator, roomId, member, "MODERATOR"), 403, "FORBIDDEN");
        assertError(changeRole(admin, roomId, owner, "MEMBER"), 403, "FORBIDDEN");
        assertError(changeRole(admin, roomId, member, "OWNER"), 403, "FORBIDDEN");
        assertError(changeRole(owner, roomId, owner, "ADMIN"), 403, "FORBIDDEN");
        assertValidation(changeRole(owner, roomId, member, "KING"), "role");
        assertError(changeRole(owner, roomId, chat.user(), "ADMIN"), 404, "NOT_FOUND");
        assertThat(chat.systemMessages(owner, roomId))
                .contains(admin.username() + " made " + moderator.username() + " MODERATOR");
    }

    @Test
    void ownerHandsTheRoomOverByMakingSomeoneOwner() {
        TestUser owner = chat.user();
        TestUser heir = chat.user();
        String roomId = chat.group(owner, heir);

        chat.makeRole(owner, roomId, heir, "OWNER");

        assertThat(chat.roleOf(heir, roomId, heir)).isEqualTo("OWNER");
        assertThat(chat.roleOf(heir, roomId, owner)).isEqualTo("ADMIN");
        assertThat(chat.systemMessages(heir, roomId)).contains(owner.username() + " handed the room over to "
                + heir.username());
    }

    @Test
    void moderatorsMuteAndMutedMembersCannotSend() {
        TestUser owner = chat.user();
        TestUser moderator = chat.user();
        TestUser member = chat.user();
        TestUser admin = chat.user();
        String roomId = chat.group(owner, moderator, member, admin);
        chat.makeRole(owner, roomId, moderator, "MODERATOR");
        chat.makeRole(owner, roomId, admin, "ADMIN");

        ApiResponse muted = mute(moderator, roomId, member, FAR_FUTURE);

        assertThat(muted.status()).as("%s", muted).isEqualTo(200);
        assertThat(muted.data().getJsonObject("participant").getString("mutedUntil")).isEqualTo(FAR_FUTURE);
        assertError(chat.as(member).post(messages(roomId), Map.of("content", "let me speak")), 400,
                "MESSAGE_SEND_FAILED");
        assertError(mute(member, roomId, moderator, FAR_FUTURE), 403, "FORBIDDEN");
        assertError(mute(moderator, roomId, admin, FAR_FUTURE), 403, "FORBIDDEN");
        assertError(mute(admin, roomId, owner, FAR_FUTURE), 403, "FORBIDDEN");
        assertValidation(mute(moderator, roomId, member, "2001-01-01T00:00:00.000Z"), "mutedUntil");
        assertValidation(mute(moderator, roomId, member, "tomorrow"), "mutedUntil");

        ApiResponse unmuted = mute(moderator, roomId, member, null);
        assertThat(unmuted.data().getJsonObject("participant").isNull("mutedUntil")).isTrue();
        assertThat(chat.as(member).post(messages(roomId), Map.of("content", "thanks")).status()).isEqualTo(201);
        assertThat(chat.systemMessages(owner, roomId)).anyMatch(text -> text.startsWith(
                moderator.username() + " muted " + member.username() + " until"))
                .contains(moderator.username() + " unmuted " + member.username());
        assertValidation(chat.as(owner).patch(participant(roomId, member), Map.of()), "body");
    }

    @Test
    void globalModeratorsMuteInRoomsTheyAreNotIn() {
        TestUser member = chat.user();
        String roomId = chat.group(chat.user(), member);

        ApiResponse muted = mute(chat.user("SUPPORT"), roomId, member, FAR_FUTURE);

        assertThat(muted.status()).as("%s", muted).isEqualTo(200);
    }

    @Test
    void kickingFollowsRankAndSparesTheOwner() {
        TestUser owner = chat.user();
        TestUser admin = chat.user();
        TestUser member = chat.user();
        TestUser other = chat.user();
        String roomId = chat.group(owner, admin, member, other);
        chat.makeRole(owner, roomId, admin, "ADMIN");

        assertError(chat.as(member).delete(participant(roomId, other)), 403, "FORBIDDEN");
        assertError(chat.as(admin).delete(participant(roomId, owner)), 403, "FORBIDDEN");
        ApiResponse kicked = chat.as(admin).delete(participant(roomId, member));

        assertThat(kicked.status()).as("%s", kicked).isEqualTo(200);
        assertThat(chat.roleOf(owner, roomId, member)).isNull();
        assertError(chat.as(member).post(messages(roomId), Map.of("content", "still here?")), 403,
                "NOT_PARTICIPANT");
        assertThat(chat.systemMessages(owner, roomId)).contains(admin.username() + " removed " + member.username());
        assertError(chat.as(admin).delete(participant(roomId, member)), 404, "NOT_FOUND");
        chat.join(member, roomId);
        ApiResponse leftByDelete = chat.as(other).delete(participant(roomId, other));
        assertThat(leftByDelete.status()).as("%s", leftByDelete).isEqualTo(200);
        assertThat(chat.systemMessages(owner, roomId)).contains(other.username() + " left the room");
    }

    @Test
    void banRemovesAndBarsRejoiningUntilLifted() {
        TestUser owner = chat.user();
        TestUser troll = chat.user();
        String roomId = chat.group(owner, troll);

        ApiResponse banned = chat.as(owner).post(bans(roomId), Map.of("userId", troll.id(), "reason", "spam"));

        assertThat(banned.status()).as("%s", banned).isEqualTo(201);
        JsonObject ban = banned.data().getJsonObject("ban");
        assertThat(ban.getString("userId")).isEqualTo(troll.id());
        assertThat(ban.getString("reason")).isEqualTo("spam");
        assertThat(ban.isNull("until")).isTrue();
        assertThat(ban.getString("createdAt")).isNotBlank();
        assertThat(chat.roleOf(owner, roomId, troll)).isNull();
        assertError(chat.as(troll).post(room(roomId)), 409, "JOIN_ROOM_FAILED");
        assertError(chat.as(owner).post(participants(roomId), Map.of("userIds", List.of(troll.id()))), 400,
                "INVALID_PARTICIPANTS");
        assertThat(chat.systemMessages(owner, roomId)).contains(owner.username() + " banned " + troll.username());

        assertThat(chat.as(owner).delete(bans(roomId) + "/" + troll.id()).status()).isEqualTo(200);
        chat.join(troll, roomId);
    }

    @Test
    void aBanWithAnEndLapses() {
        TestUser owner = chat.user();
        TestUser member = chat.user();
        String roomId = chat.group(owner, member);
        String until = Instant.now().plusSeconds(2).toString();

        ApiResponse banned = chat.as(owner).post(bans(roomId), Map.of("userId", member.id(), "reason", "cool off",
                "until", until));
        assertThat(banned.status()).as("%s", banned).isEqualTo(201);
        assertError(chat.as(member).post(room(roomId)), 409, "JOIN_ROOM_FAILED");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> chat.as(member).post(room(roomId)).status() == 200);
    }

    @Test
    void banningFollowsRankAndChecksItsBody() {
        TestUser owner = chat.user();
        TestUser admin = chat.user();
        TestUser member = chat.user();
        String roomId = chat.group(owner, admin, member);
        chat.makeRole(owner, roomId, admin, "ADMIN");

        assertError(chat.as(admin).post(bans(roomId), Map.of("userId", owner.id(), "reason", "coup")), 403,
                "FORBIDDEN");
        assertError(chat.as(member).post(bans(roomId), Map.of("userId", admin.id(), "reason", "x")), 403,
                "FORBIDDEN");
        assertError(chat.as(admin).post(bans(roomId), Map.of("userId", "no-such-user", "reason", "x")), 400,
                "INVALID_PARTICIPANTS");
        assertValidation(chat.as(admin).post(bans(roomId), Map.of("userId", member.id())), "reason");
        assertValidation(chat.as(admin).post(bans(roomId), Map.of("userId", member.id(), "reason", "x",
                "until", "2001-01-01T00:00:00.000Z")), "until");
        assertValidation(chat.as(admin).post(bans(roomId), Map.of("userId", admin.id(), "reason", "me")), "userId");
        TestUser outsider = chat.user();
        ApiResponse preemptive = chat.as(chat.user("SUPPORT")).post(bans(roomId),
                Map.of("userId", outsider.id(), "reason", "known spammer"));
        assertThat(preemptive.status()).as("%s", preemptive).isEqualTo(201);
        assertError(chat.as(outsider).post(room(roomId)), 409, "JOIN_ROOM_FAILED");
    }

    private ApiResponse changeRole(TestUser actor, String roomId, TestUser target, String role) {
        return chat.as(actor).patch(participant(roomId, target), Map.of("role", role));
    }

    private ApiResponse mute(TestUser actor, String roomId, TestUser target, String until) {
        Map<String, Object> body = new HashMap<>();
        body.put("mutedUntil", until);
        return chat.as(actor).patch(participant(roomId, target), body);
    }

    private static List<String> ids(JsonObject data) {
        return data.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("id"))
                .toList();
    }
}
