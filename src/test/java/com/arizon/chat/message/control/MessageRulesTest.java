package com.arizon.chat.message.control;

import static com.arizon.chat.room.entity.ParticipantRole.ADMIN;
import static com.arizon.chat.room.entity.ParticipantRole.MEMBER;
import static com.arizon.chat.room.entity.ParticipantRole.MODERATOR;
import static com.arizon.chat.room.entity.ParticipantRole.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.room.control.RoomContext;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.room.entity.RoomType;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.GlobalRole;
import com.arizon.chat.security.control.Permission;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may edit, delete or read the history of a message (contract section 5), without a container. */
class MessageRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Room ROOM = new Room("room-1", "Room", null, RoomType.GROUP, false, 100, "user-0", null, NOW);

    private final Caller alice = member("user-1", Set.of(Permission.CHATS_READ));
    private final Caller bob = member("user-2", Set.of(Permission.CHATS_READ));
    private final Message fromAlice = message("user-1", MessageType.TEXT);

    @Test
    void onlyItsSenderMayEditAMessage() {
        assertThatCode(() -> MessageRules.requireMayEdit(alice, fromAlice)).doesNotThrowAnyException();
        assertForbidden(() -> MessageRules.requireMayEdit(bob, fromAlice), "Only its sender may edit a message");
    }

    @Test
    void aModeratorMayNotEditSomeoneElsesMessage() {
        Caller moderator = member("user-3", Set.of(Permission.CHATS_READ, Permission.CHATS_MODERATE));
        assertForbidden(() -> MessageRules.requireMayEdit(moderator, fromAlice), "Only its sender may edit a message");
    }

    @Test
    void aSystemMessageIsNobodysToEdit() {
        Message joined = message("user-1", MessageType.SYSTEM);
        assertForbidden(() -> MessageRules.requireMayEdit(alice, joined), "Only its sender may edit a message");
    }

    @Test
    void itsSenderMayDeleteAMessageAnotherMemberMayNot() {
        assertThatCode(() -> MessageRules.requireMayDelete(alice, fromAlice, context(alice, MEMBER)))
                .doesNotThrowAnyException();
        assertForbidden(() -> MessageRules.requireMayDelete(bob, fromAlice, context(bob, MEMBER)),
                "Only its sender or a moderator may delete a message");
    }

    @Test
    void moderatorsAndAboveMayDeleteAnyMessageSystemOnesToo() {
        Message joined = message("user-1", MessageType.SYSTEM);
        for (ParticipantRole role : new ParticipantRole[] {MODERATOR, ADMIN, OWNER}) {
            assertThatCode(() -> MessageRules.requireMayDelete(bob, fromAlice, context(bob, role)))
                    .as(role.name()).doesNotThrowAnyException();
            assertThatCode(() -> MessageRules.requireMayDelete(bob, joined, context(bob, role)))
                    .as(role.name()).doesNotThrowAnyException();
        }
        assertForbidden(() -> MessageRules.requireMayDelete(alice, joined, context(alice, MEMBER)),
                "Only its sender or a moderator may delete a message");
    }

    /** {@code chats:moderate} and global admins act as MODERATOR and ADMIN in any room (RoomAccessTest). */
    @Test
    void whoActsAsModeratorWithoutJoiningMayDelete() {
        Caller moderator = member("user-3", Set.of(Permission.CHATS_READ, Permission.CHATS_MODERATE));
        for (ParticipantRole acting : new ParticipantRole[] {MODERATOR, ADMIN}) {
            RoomContext notJoined = new RoomContext(ROOM, Optional.empty(), Optional.of(acting));
            assertThatCode(() -> MessageRules.requireMayDelete(moderator, fromAlice, notJoined))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void theHistoryOfEditsIsForItsSenderAndModerators() {
        assertThatCode(() -> MessageRules.requireMayReadHistory(alice, fromAlice, context(alice, MEMBER)))
                .doesNotThrowAnyException();
        assertThatCode(() -> MessageRules.requireMayReadHistory(bob, fromAlice, context(bob, MODERATOR)))
                .doesNotThrowAnyException();
        assertForbidden(() -> MessageRules.requireMayReadHistory(bob, fromAlice, context(bob, MEMBER)),
                "Only its sender or a moderator may read a message's history");
    }

    private static void assertForbidden(Runnable rule, String message) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(ChatException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    private static RoomContext context(Caller caller, ParticipantRole role) {
        Optional<Participant> membership = Optional.of(new Participant(ROOM.id(), caller.userId(), role, NOW));
        return new RoomContext(ROOM, membership, Optional.of(role));
    }

    private static Caller member(String userId, Set<Permission> permissions) {
        return new Caller(userId, userId, userId + "@example.test", Set.of(GlobalRole.CLIENT), permissions, null);
    }

    private static Message message(String senderId, MessageType type) {
        return new Message("message-1", ROOM.id(), 1, senderId, type, "hello", null, null, null, NOW);
    }
}
