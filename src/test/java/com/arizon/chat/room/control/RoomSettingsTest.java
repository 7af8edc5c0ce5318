package com.arizon.chat.room.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.api.FieldError;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.room.entity.RoomType;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A room's {@code PATCH} rules (capacity, DIRECT rooms, required fields), without a container. */
class RoomSettingsTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-01-02T00:00:00Z");

    @Test
    void theMemberLimitMayNotFallBelowTheParticipantCount() {
        Room room = group();
        assertRefused(room, 5, command -> command.setMaxMembers(4), "maxMembers");
        assertThat(new RoomSettings(room, command(c -> c.setMaxMembers(5)), 5).apply(NOW))
                .containsExactly("member limit");
        assertThat(room.maxMembers()).isEqualTo(5);
    }

    @Test
    void directRoomsStayPrivateForTwo() {
        Room direct = new Room("room-1", null, null, RoomType.DIRECT, true, 2, "user-1",
                DirectRooms.key("user-1", "user-2"), CREATED);
        assertRefused(direct, 2, command -> command.setIsPrivate(false), "isPrivate");
        assertRefused(direct, 2, command -> command.setMaxMembers(3), "maxMembers");
        assertThat(new RoomSettings(direct, command(c -> c.setName(null)), 2).apply(NOW)).isEmpty();
    }

    @Test
    void otherRoomsNeedANameAndNoFieldMayBeNull() {
        assertRefused(group(), 1, command -> command.setName(null), "name");
        assertRefused(group(), 1, command -> command.setIsPrivate(null), "isPrivate");
        assertRefused(group(), 1, command -> command.setIsActive(null), "isActive");
    }

    @Test
    void aRefusedPatchChangesNothing() {
        Room room = group();
        assertRefused(room, 5, command -> {
            command.setName("Renamed");
            command.setMaxMembers(2);
        }, "maxMembers");
        assertThat(room.name()).isEqualTo("General");
        assertThat(room.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void answersTheFieldsThatChangedAndLeavesTheRestAlone() {
        Room room = group();
        UpdateRoomCommand command = command(c -> {
            c.setName("  Renamed  ");
            c.setDescription("   ");
            c.setIsPrivate(false);
            c.setIsActive(false);
        });
        assertThat(new RoomSettings(room, command, 1).apply(NOW)).containsExactly("name", "active state");
        assertThat(room.name()).isEqualTo("Renamed");
        assertThat(room.description()).isNull();
        assertThat(room.isActive()).isFalse();
        assertThat(room.updatedAt()).isEqualTo(NOW);
    }

    private static Room group() {
        return new Room("room-1", "General", null, RoomType.GROUP, false, 100, "user-1", null, CREATED);
    }

    private static UpdateRoomCommand command(Consumer<UpdateRoomCommand> given) {
        UpdateRoomCommand command = new UpdateRoomCommand();
        given.accept(command);
        return command;
    }

    private static void assertRefused(Room room, long participantCount, Consumer<UpdateRoomCommand> given,
            String field) {
        assertThatThrownBy(() -> new RoomSettings(room, command(given), participantCount).apply(NOW))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details()).extracting(FieldError::field).containsExactly(field);
                });
    }
}
