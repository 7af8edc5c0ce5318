package com.arizon.chat.message;

import static com.arizon.chat.it.support.ChatFixtures.assertError;
import static com.arizon.chat.it.support.ChatFixtures.assertValidation;
import static com.arizon.chat.it.support.ChatFixtures.message;
import static com.arizon.chat.it.support.ChatFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ApiResponse;
import com.arizon.chat.it.support.ChatFixtures;
import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reactions per emoji, and read receipts feeding unreadCount. */
class ReactionsAndReadIT {

    private static final String THUMBS_UP = "\uD83D\uDC4D";
    private static final String PARTY = "\uD83C\uDF89";

    private final ChatFixtures chat = ChatFixtures.on(ChatServer.shared());

    @Test
    void reactionsAreIdempotentAndAggregated() {
        TestUser alice = chat.user();
        TestUser bob = chat.user();
        String roomId = chat.group(alice, bob);
        String messageId = chat.send(alice, roomId, "ship it?");

        react(alice, roomId, messageId, THUMBS_UP);
        ApiResponse twice = react(alice, roomId, messageId, THUMBS_UP);
        react(bob, roomId, messageId, THUMBS_UP);
        ApiResponse latest = react(bob, roomId, messageId, PARTY);

        assertThat(twice.status()).as("%s", twice).isEqualTo(200);
        assertThat(groups(twice)).singleElement().satisfies(group -> assertThat(group.getInt("count")).isEqualTo(1));
        List<JsonObject> reactions = groups(latest);
        assertThat(reactions).extracting(group -> group.getString("emoji")).containsExactly(THUMBS_UP, PARTY);
        assertThat(reactions.get(0).getInt("count")).isEqualTo(2);
        assertThat(strings(reactions.get(0), "users")).containsExactly(alice.id(), bob.id());
        assertThat(strings(reactions.get(1), "users")).containsExactly(bob.id());

        ApiResponse removed = chat.as(alice).delete(reaction(roomId, messageId, THUMBS_UP));
        ApiResponse removedAgain = chat.as(alice).delete(reaction(roomId, messageId, THUMBS_UP));
        assertThat(removed.status()).as("%s", removed).isEqualTo(200);
        assertThat(groups(removedAgain)).extracting(group -> group.getInt("count")).containsExactly(1, 1);
        assertThat(chat.allMessages(bob, roomId)).filteredOn(m -> m.getString("id").equals(messageId))
                .singleElement()
                .satisfies(m -> assertThat(m.getJsonArray("reactions")).hasSize(2));
    }

    @Test
    void emojiMustBeShortCleanText() {
        TestUser alice = chat.user();
        String roomId = chat.group(alice);
        String messageId = chat.send(alice, roomId, "react to me");

        assertThat(react(alice, roomId, messageId, THUMBS_UP.repeat(64)).status()).isEqualTo(200);
        assertValidation(react(alice, roomId, messageId, THUMBS_UP.repeat(65)), "emoji");
        assertValidation(react(alice, roomId, messageId, "a b"), "emoji");
        // U+0000 and a lone surrogate (not UTF-8) are refused by the HTTP layer itself, before the
        // application sees the path: contract 8.22 lets it answer with its own status.
        assertThat(chat.as(alice).put(message(roomId, messageId) + "/reactions/%00").status()).isEqualTo(400);
        assertThat(chat.as(alice).put(message(roomId, messageId) + "/reactions/%ED%A0%80").status()).isEqualTo(400);
    }

    @Test
    void onlyParticipantsWhoMaySpeakReact() {
        TestUser owner = chat.user();
        TestUser member = chat.user();
        String roomId = chat.group(owner, member);
        String messageId = chat.send(owner, roomId, "hi");
        chat.as(owner).patch(ChatFixtures.participant(roomId, member),
                Map.of("mutedUntil", "2099-01-01T00:00:00.000Z"));

        assertError(react(chat.user(), roomId, messageId, THUMBS_UP), 403, "NOT_PARTICIPANT");
        assertError(react(member, roomId, messageId, THUMBS_UP), 400, "MESSAGE_SEND_FAILED");
        String privateRoom = chat.privateGroup(owner);
        String hidden = chat.send(owner, privateRoom, "secret");
        assertError(react(chat.user(), privateRoom, hidden, THUMBS_UP), 404, "CHAT_ROOM_NOT_FOUND");
    }

    @Test
    void readReceiptsMoveTheMarkerForwardOnly() {
        TestUser alice = chat.user();
        TestUser bob = chat.user();
        String roomId = chat.group(alice, bob);
        String first = chat.send(alice, roomId, "1");
        chat.send(alice, roomId, "2");
        String third = chat.send(alice, roomId, "3");
        assertThat(unread(bob, roomId)).isEqualTo(3);

        ApiResponse upToFirst = chat.as(bob).post(read(roomId), Map.of("messageId", first));
        assertThat(upToFirst.status()).as("%s", upToFirst).isEqualTo(200);
        assertThat(upToFirst.data().getString("lastReadMessageId")).isEqualTo(first);
        assertThat(unread(bob, roomId)).isEqualTo(2);

        ApiResponse all = chat.as(bob).post(read(roomId));
        assertThat(all.status()).as("%s", all).isEqualTo(200);
        assertThat(all.data().getString("lastReadMessageId")).isEqualTo(third);
        assertThat(unread(bob, roomId)).isZero();

        ApiResponse backwards = chat.as(bob).post(read(roomId), Map.of("messageId", first));
        assertThat(backwards.data().getString("lastReadMessageId")).isEqualTo(third);
        String deleted = chat.send(alice, roomId, "gone soon");
        chat.as(alice).delete(message(roomId, deleted));
        assertThat(unread(bob, roomId)).isZero();
        assertError(chat.as(chat.user()).post(read(roomId)), 403, "NOT_PARTICIPANT");
    }

    private ApiResponse react(TestUser user, String roomId, String messageId, String emoji) {
        return chat.as(user).put(reaction(roomId, messageId, emoji));
    }

    private static String reaction(String roomId, String messageId, String emoji) {
        return message(roomId, messageId) + "/reactions/"
                + URLEncoder.encode(emoji, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<JsonObject> groups(ApiResponse response) {
        return response.data().getJsonArray("reactions").getValuesAs(JsonObject.class);
    }

    private int unread(TestUser user, String roomId) {
        return chat.listed(user, roomId).getInt("unreadCount");
    }

    private static String read(String roomId) {
        return ChatFixtures.room(roomId) + "/read";
    }
}
