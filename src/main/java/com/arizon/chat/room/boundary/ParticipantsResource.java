package com.arizon.chat.room.boundary;

import com.arizon.chat.ChatApplication;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.room.boundary.RoomReplies.ParticipantData;
import com.arizon.chat.room.boundary.RoomReplies.ParticipantsData;
import com.arizon.chat.room.boundary.RoomReplies.RoomUserData;
import com.arizon.chat.room.control.AddParticipantsCommand;
import com.arizon.chat.room.control.ParticipantService;
import com.arizon.chat.room.control.UpdateParticipantCommand;
import com.arizon.chat.security.control.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat/rooms/{id}/participants}: list, add, change role or mute, kick. */
@Path("/chat/rooms/{id}/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants")
@SecurityRequirement(name = ChatApplication.BEARER_TOKEN)
public class ParticipantsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ParticipantService participants;

    @GET
    @Operation(operationId = "listParticipants", summary = "The room's participants, longest-standing first")
    @APIResponse(responseCode = "200", description = "The participants",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ParticipantsReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    public ApiResponse<ParticipantsData> list(@PathParam("id") String roomId) {
        return ApiResponse.of(new ParticipantsData(participants.list(caller.get(), roomId)));
    }

    @POST
    @Operation(operationId = "addParticipants",
            summary = "Add users (room OWNER/ADMIN, chats:moderate); answers the updated participant list")
    @APIResponse(responseCode = "200", description = "The participants, the new ones included",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ParticipantsReply")))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.PARTICIPANTS_REFUSED)
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public ApiResponse<ParticipantsData> add(@PathParam("id") String roomId, AddParticipantsCommand command) {
        return ApiResponse.of(new ParticipantsData(participants.add(caller.get(), roomId, command)));
    }

    @PATCH
    @Path("/{userId}")
    @Operation(operationId = "updateParticipant",
            summary = "Change a participant's room role (OWNER/ADMIN, chats:moderate) or mute them until a time"
                    + " (MODERATOR and up); mutedUntil null lifts the mute")
    @APIResponse(responseCode = "200", description = "The participant as they are now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ParticipantReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.PARTICIPANT_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public ApiResponse<ParticipantData> update(@PathParam("id") String roomId, @PathParam("userId") String userId,
            UpdateParticipantCommand command) {
        return ApiResponse.of(new ParticipantData(participants.update(caller.get(), roomId, userId, command)));
    }

    @DELETE
    @Path("/{userId}")
    @Operation(operationId = "removeParticipant", summary = "Kick a participant; removing yourself is leaving")
    @APIResponse(responseCode = "200", description = "Removed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RoomUserReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.PARTICIPANT_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public ApiResponse<RoomUserData> remove(@PathParam("id") String roomId, @PathParam("userId") String userId) {
        participants.remove(caller.get(), roomId, userId);
        return ApiResponse.of(new RoomUserData(roomId, userId), "Participant removed");
    }
}
