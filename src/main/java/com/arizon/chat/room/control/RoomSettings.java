package com.arizon.chat.room.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.room.entity.RoomType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Applies a {@code PATCH} to a room's settings, checking each field against the room as it is. */
final class RoomSettings {

    private final Room room;
    private final UpdateRoomCommand command;
    private final long participantCount;

    RoomSettings(Room room, UpdateRoomCommand command, long participantCount) {
        this.room = room;
        this.command = command;
        this.participantCount = participantCount;
    }

    /** Checks every field first, then changes the room; answers the names of the fields that changed. */
    List<String> apply(Instant now) {
        boolean isDirect = room.type() == RoomType.DIRECT;
        String name = command.name() == null ? null : command.name().strip();
        if (command.has("name") && name == null && !isDirect) {
            throw ChatException.validation("name", "is required for " + room.type() + " rooms");
        }
        String description = command.description() == null || command.description().isBlank() ? null
                : command.description().strip();
        Boolean isPrivate = required("isPrivate", command.isPrivate());
        if (isDirect && Boolean.FALSE.equals(isPrivate)) {
            throw ChatException.validation("isPrivate", "DIRECT rooms are always private");
        }
        Integer maxMembers = required("maxMembers", command.maxMembers());
        if (maxMembers != null && isDirect && maxMembers != room.maxMembers()) {
            throw ChatException.validation("maxMembers", "DIRECT rooms hold two users");
        }
        if (maxMembers != null && maxMembers < participantCount) {
            throw ChatException.validation("maxMembers", "must not be below the current participant count ("
                    + participantCount + ")");
        }
        Boolean isActive = required("isActive", command.isActive());

        List<String> changed = new ArrayList<>();
        if (command.has("name") && !Objects.equals(name, room.name())) {
            room.rename(name, now);
            changed.add("name");
        }
        if (command.has("description") && !Objects.equals(description, room.description())) {
            room.describe(description, now);
            changed.add("description");
        }
        if (isPrivate != null && isPrivate != room.isPrivate()) {
            room.setPrivate(isPrivate, now);
            changed.add("privacy");
        }
        if (maxMembers != null && maxMembers != room.maxMembers()) {
            room.setMaxMembers(maxMembers, now);
            changed.add("member limit");
        }
        if (isActive != null && isActive != room.isActive()) {
            room.setActive(isActive, now);
            changed.add("active state");
        }
        return changed;
    }

    /** A field that may be left out but not set to null. */
    private <T> T required(String field, T value) {
        if (command.has(field) && value == null) {
            throw ChatException.validation(field, "must not be null");
        }
        return value;
    }
}
