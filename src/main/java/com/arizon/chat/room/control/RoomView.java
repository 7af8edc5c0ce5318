package com.arizon.chat.room.control;

import com.arizon.chat.room.entity.Room;
import com.arizon.chat.room.entity.RoomType;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A room as the API shows it. List replies fill {@code participantCount}, {@code lastMessage} and
 * {@code unreadCount}; the public directory adds {@code isParticipant}; details add
 * {@code participants}. Fields a reply does not fill are left out.
 */
@JsonbPropertyOrder({"id", "name", "description", "type", "isPrivate", "maxMembers", "isActive", "createdBy",
    "createdAt", "updatedAt", "lastActivityAt", "participantCount", "unreadCount", "isParticipant",
    "lastMessage", "participants"})
public record RoomView(
        String id,
        String name,
        String description,
        RoomType type,
        boolean isPrivate,
        int maxMembers,
        boolean isActive,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant lastActivityAt,
        @Schema(type = SchemaType.INTEGER, format = "int64") long participantCount,
        @JsonbNillable(false) @Schema(type = SchemaType.INTEGER, format = "int64") Long unreadCount,
        @JsonbNillable(false) Boolean isParticipant,
        LastMessage lastMessage,
        @JsonbNillable(false) List<ParticipantView> participants) {

    public static RoomView of(Room room, long participantCount, LastMessage lastMessage) {
        return new RoomView(room.id(), room.name(), room.description(), room.type(), room.isPrivate(),
                room.maxMembers(), room.isActive(), room.createdBy(), room.createdAt(), room.updatedAt(),
                room.lastActivityAt(), participantCount, null, null, lastMessage, null);
    }

    public RoomView withUnreadCount(long count) {
        return new RoomView(id, name, description, type, isPrivate, maxMembers, isActive, createdBy, createdAt,
                updatedAt, lastActivityAt, participantCount, count, isParticipant, lastMessage, participants);
    }

    public RoomView withIsParticipant(boolean value) {
        return new RoomView(id, name, description, type, isPrivate, maxMembers, isActive, createdBy, createdAt,
                updatedAt, lastActivityAt, participantCount, unreadCount, value, lastMessage, participants);
    }

    public RoomView withParticipants(List<ParticipantView> list) {
        return new RoomView(id, name, description, type, isPrivate, maxMembers, isActive, createdBy, createdAt,
                updatedAt, lastActivityAt, list.size(), unreadCount, isParticipant, lastMessage, list);
    }
}
