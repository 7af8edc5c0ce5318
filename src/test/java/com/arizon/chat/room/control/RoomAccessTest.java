package com.arizon.chat.room.control;

import static com.arizon.chat.room.entity.ParticipantRole.ADMIN;
import static com.arizon.chat.room.entity.ParticipantRole.MEMBER;
import static com.arizon.chat.room.entity.ParticipantRole.MODERATOR;
import static com.arizon.chat.room.entity.ParticipantRole.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.ParticipantRole;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.room.entity.RoomType;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.GlobalRole;
import com.arizon.chat.security.control.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may see a room and with which room role they act (contract sections 3 and 8.1), without a container. */
class RoomAccessTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final RoomAccess access = new RoomAccess();

    @Test
    void participantsAndGlobalAdminsSeeEveryRoom() {
        Room secret = room(RoomType.GROUP, true);
        assertThat(RoomAccess.canSee(caller(Set.of()), secret, true)).isTrue();
        assertThat(RoomAccess.canSee(admin(), secret, false)).isTrue();
    }

    @Test
    void publicRoomsNeedChatsRead() {
        Room open = room(RoomType.GROUP, false);
        assertThat(RoomAccess.canSee(caller(Set.of(Permission.CHATS_READ)), open, false)).isTrue();
        assertThat(RoomAccess.canSee(caller(Set.of()), open, false)).isFalse();
    }

    @Test
    void privateRoomsNeedChatsJoinPrivate() {
        Room secret = room(RoomType.GROUP, true);
        assertThat(RoomAccess.canSee(caller(Set.of(Permission.CHATS_READ)), secret, false)).isFalse();
        assertThat(RoomAccess.canSee(caller(Set.of(Permission.CHATS_JOIN_PRIVATE)), secret, false)).isTrue();
    }

    @Test
    void directRoomsAreSeenByTheirTwoUsersOnly() {
        Room direct = new Room("room-1", null, null, RoomType.DIRECT, true, 2, "user-2",
                DirectRooms.key("user-2", "user-3"), NOW);
        Set<Permission> all = EnumSet.allOf(Permission.class);
        assertThat(RoomAccess.canSee(new Caller("user-3", "carol", "c@example.test", Set.of(), Set.of(), null),
                direct, false)).isTrue();
        assertThat(RoomAccess.canSee(caller(all), direct, false)).isFalse();
    }

    @Test
    void chatsModerateActsAsModeratorAndGlobalAdminAsAdminNeverLowering() {
        assertThat(RoomAccess.effectiveRole(caller(Set.of()), membership(MEMBER))).contains(MEMBER);
        assertThat(RoomAccess.effectiveRole(caller(Set.of(Permission.CHATS_MODERATE)), membership(MEMBER)))
                .contains(MODERATOR);
        assertThat(RoomAccess.effectiveRole(caller(Set.of(Permission.CHATS_MODERATE)), Optional.empty()))
                .contains(MODERATOR);
        assertThat(RoomAccess.effectiveRole(admin(), membership(MEMBER))).contains(ADMIN);
        assertThat(RoomAccess.effectiveRole(admin(), membership(OWNER))).contains(OWNER);
        assertThat(RoomAccess.effectiveRole(caller(Set.of(Permission.CHATS_READ)), Optional.empty())).isEmpty();
    }

    @Test
    void aMutedParticipantMayNotWriteUntilTheMuteEnds() {
        Participant muted = participant(MEMBER);
        muted.muteUntil(Instant.now().plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> access.requireNotMuted(muted))
                .isInstanceOfSatisfying(ChatException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MESSAGE_SEND_FAILED));

        Participant mutedBefore = participant(MEMBER);
        mutedBefore.muteUntil(Instant.now().minus(Duration.ofSeconds(1)));
        assertThatCode(() -> access.requireNotMuted(mutedBefore)).doesNotThrowAnyException();
        assertThatCode(() -> access.requireNotMuted(participant(MEMBER))).doesNotThrowAnyException();
    }

    @Test
    void aDeactivatedRoomTakesNoWrites() {
        Room room = room(RoomType.GROUP, false);
        assertThatCode(() -> access.requireActive(room)).doesNotThrowAnyException();
        room.setActive(false, NOW);
        assertThatThrownBy(() -> access.requireActive(room))
                .isInstanceOfSatisfying(ChatException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ROOM_INACTIVE));
    }

    private static Room room(RoomType type, boolean isPrivate) {
        return new Room("room-1", "Room", null, type, isPrivate, 100, "user-0", null, NOW);
    }

    private static Caller caller(Set<Permission> permissions) {
        return new Caller("user-1", "alice", "a@example.test", Set.of(GlobalRole.CLIENT), permissions, null);
    }

    private static Caller admin() {
        return new Caller("user-1", "alice", "a@example.test", Set.of(GlobalRole.ADMIN), Set.of(), null);
    }

    private static Participant participant(ParticipantRole role) {
        return new Participant("room-1", "user-1", role, NOW);
    }

    private static Optional<Participant> membership(ParticipantRole role) {
        return Optional.of(participant(role));
    }
}
