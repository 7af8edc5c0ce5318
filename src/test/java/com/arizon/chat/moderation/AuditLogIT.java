package com.arizon.chat.moderation;

import static com.arizon.chat.it.support.ChatFixtures.assertError;
import static com.arizon.chat.it.support.ChatFixtures.bans;
import static com.arizon.chat.it.support.ChatFixtures.message;
import static com.arizon.chat.it.support.ChatFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moderation actions land in the audit log, readable by chats:moderate, newest first. */
class AuditLogIT {

    private static final String AUDIT = "/api/admin/audit";

    private final ChatFixtures chat = ChatFixtures.on(ChatServer.shared());

    @Test
    void moderationActionsAreRecordedNewestFirst() {
        TestUser owner = chat.user();
        TestUser moderator = chat.user();
        TestUser member = chat.user();
        String roomId = chat.group(owner, moderator, member);
        chat.makeRole(owner, roomId, moderator, "MODERATOR");
        chat.as(moderator).patch(participant(roomId, member), Map.of("mutedUntil", "2099-01-01T00:00:00.000Z"));
        String own = chat.send(owner, roomId, "my own");
        chat.as(owner).delete(message(roomId, own));
        String othersMessageId = chat.send(moderator, roomId, "moderator's");
        chat.as(owner).delete(message(roomId, othersMessageId));
        chat.as(owner).delete(participant(roomId, member));
        chat.as(owner).post(bans(roomId), Map.of("userId", member.id(), "reason", "spam", "until",
                "2099-01-01T00:00:00.000Z"));
        chat.as(owner).delete(bans(roomId) + "/" + member.id());

        List<JsonObject> entries = entries(chat.as(chat.user("SUPPORT")).get(AUDIT + "?roomId=" + roomId));

        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("BAN_LIFTED",
                "PARTICIPANT_BANNED", "PARTICIPANT_REMOVED", "MESSAGE_DELETED", "PARTICIPANT_MUTED", "ROLE_CHANGED");
        JsonObject banned = entries.get(1);
        assertThat(banned.getJsonObject("actor").getString("username")).isEqualTo(owner.username());
        assertThat(banned.getJsonObject("targetUser").getString("id")).isEqualTo(member.id());
        assertThat(banned.getString("details")).contains("spam").contains("2099-01-01");
        assertThat(banned.getString("roomId")).isEqualTo(roomId);
        assertThat(banned.getString("createdAt")).isNotBlank();
        JsonObject deleted = entries.get(3);
        assertThat(deleted.getString("targetMessageId")).isEqualTo(othersMessageId);
        assertThat(deleted.getJsonObject("targetUser").getString("id")).isEqualTo(moderator.id());
        assertThat(entries.get(5).getString("details")).isEqualTo("MEMBER -> MODERATOR");
    }

    @Test
    void theLogPagesLikeMessages() {
        TestUser owner = chat.user();
        String roomId = chat.group(owner);
        for (int i = 0; i < 5; i++) {
            TestUser target = chat.user();
            chat.join(target, roomId);
            chat.as(owner).delete(participant(roomId, target));
        }
        TestUser reader = chat.user("SUPPORT");
        String base = AUDIT + "?roomId=" + roomId;
        List<JsonObject> all = entries(chat.as(reader).get(base));

        ApiResponse first = chat.as(reader).get(base + "&limit=2");
        ApiResponse older = chat.as(reader).get(base + "&limit=2&before=" + id(entries(first).get(1)));
        ApiResponse newer = chat.as(reader).get(base + "&limit=2&after=" + id(all.get(4)));

        assertThat(all).hasSize(5);
        assertThat(entries(first)).extracting(AuditLogIT::id).containsExactly(id(all.get(0)), id(all.get(1)));
        assertThat(first.data().getJsonObject("pagination").getBoolean("hasMore")).isTrue();
        assertThat(first.data().getJsonObject("pagination").getInt("page")).isEqualTo(1);
        assertThat(entries(older)).extracting(AuditLogIT::id).containsExactly(id(all.get(2)), id(all.get(3)));
        assertThat(older.data().getJsonObject("pagination").containsKey("page")).isFalse();
        assertThat(entries(newer)).extracting(AuditLogIT::id).containsExactly(id(all.get(2)), id(all.get(3)));
        assertThat(newer.data().getJsonObject("pagination").getBoolean("hasMore")).isTrue();
        assertError(chat.as(reader).get(base + "&before=no-such-entry"), 404, "NOT_FOUND");
        assertError(chat.as(reader).get(base + "&limit=101"), 400, "VALIDATION_ERROR");
    }

    @Test
    void roomDeletesAndGrantEditsAreRecorded() {
        TestUser admin = chat.user("ADMIN");
        String roomId = chat.group(chat.user());
        chat.as(admin).delete("/api/admin/chat/rooms/" + roomId);
        ApiResponse grants = chat.as(admin).get("/api/admin/roles/CLIENT/permissions");
        ApiResponse unchanged = chat.as(admin).put("/api/admin/roles/CLIENT/permissions",
                Map.of("permissions", ChatFixtures.strings(grants.data(), "permissions")));
        assertThat(unchanged.status()).as("%s", unchanged).isEqualTo(200);

        assertThat(entries(chat.as(admin).get(AUDIT + "?roomId=" + roomId)))
                .singleElement().satisfies(entry -> assertThat(entry.getString("action")).isEqualTo("ROOM_DELETED"));
        assertThat(entries(chat.as(admin).get(AUDIT + "?limit=100")))
                .filteredOn(entry -> entry.getJsonObject("actor").getString("id").equals(admin.id()))
                .extracting(entry -> entry.getString("action"))
                .containsExactly("GRANTS_CHANGED", "ROOM_DELETED");
    }

    @Test
    void theLogIsForModeratorsOnly() {
        assertError(chat.as(chat.user("CLIENT")).get(AUDIT), 403, "FORBIDDEN");
        assertError(chat.as(chat.user("BUSINESS")).get(AUDIT), 403, "FORBIDDEN");
        assertError(chat.api().get(AUDIT), 401, "UNAUTHORIZED");
    }

    private static List<JsonObject> entries(ApiResponse response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.data().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private static String id(JsonObject entry) {
        return entry.getString("id");
    }
}
