package com.arizon.chat.room.boundary;

import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.room.control.AddParticipantsCommand;
import com.arizon.chat.room.control.ParticipantService;
import com.arizon.chat.room.control.ParticipantView;
import com.arizon.chat.room.control.UpdateParticipantCommand;
import com.arizon.chat.security.CurrentCaller;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat/rooms/{id}/participants}: list, add, change role or mute, kick. */
@Path("/chat/rooms/{id}/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants")
public class ParticipantsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ParticipantService participants;

    @GET
    @Operation(operationId = "listParticipants", summary = "The room's participants, longest-standing first")
    public ApiResponse<Map<String, List<ParticipantView>>> list(@PathParam("id") String roomId) {
        return ApiResponse.of(Map.of("participants", participants.list(caller.get(), roomId)));
    }

    @POST
    @Operation(operationId = "addParticipants",
            summary = "Add users (room OWNER/ADMIN, chats:moderate); answers the updated participant list")
    public ApiResponse<Map<String, List<ParticipantView>>> add(@PathParam("id") String roomId,
            AddParticipantsCommand command) {
        return ApiResponse.of(Map.of("participants", participants.add(caller.get(), roomId, command)));
    }

    @PATCH
    @Path("/{userId}")
    @Operation(operationId = "updateParticipant",
            summary = "Change a participant's room role (OWNER/ADMIN) or mute them until a time (MODERATOR and up)")
    public ApiResponse<Map<String, ParticipantView>> update(@PathParam("id") String roomId,
            @PathParam("userId") String userId, UpdateParticipantCommand command) {
        return ApiResponse.of(Map.of("participant", participants.update(caller.get(), roomId, userId, command)));
    }

    @DELETE
    @Path("/{userId}")
    @Operation(operationId = "removeParticipant", summary = "Kick a participant; removing yourself is leaving")
    public ApiResponse<Map<String, String>> remove(@PathParam("id") String roomId,
            @PathParam("userId") String userId) {
        participants.remove(caller.get(), roomId, userId);
        return ApiResponse.of(Map.of("roomId", roomId, "userId", userId), "Participant removed");
    }
}
