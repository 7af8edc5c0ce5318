package com.arizon.chat.room.boundary;

import com.arizon.chat.room.control.BanView;
import com.arizon.chat.room.control.ParticipantView;
import com.arizon.chat.room.control.RoomPage;
import com.arizon.chat.room.control.RoomView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code data} of the room and participant endpoints, and, for the OpenAPI document only, the
 * envelope around each ({@code ApiResponse} is generic, which the document cannot express).
 */
public final class RoomReplies {

    private RoomReplies() {
    }

    public record ChatRoomData(RoomView chatRoom) {
    }

    public record RoomIdData(String roomId) {
    }

    public record ParticipantsData(List<ParticipantView> participants) {
    }

    public record ParticipantData(ParticipantView participant) {
    }

    @JsonbPropertyOrder({"roomId", "userId"})
    public record RoomUserData(String roomId, String userId) {
    }

    public record BanData(BanView ban) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record RoomPageReply(boolean success, RoomPage data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record ChatRoomReply(boolean success, ChatRoomData data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record RoomIdReply(boolean success, RoomIdData data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record ParticipantsReply(boolean success, ParticipantsData data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record ParticipantReply(boolean success, ParticipantData data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record RoomUserReply(boolean success, RoomUserData data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record BanReply(boolean success, BanData data, String message) {
    }
}
