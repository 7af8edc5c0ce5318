package com.arizon.chat.room.boundary;

import com.arizon.chat.ChatApplication;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.room.boundary.RoomReplies.BanData;
import com.arizon.chat.room.boundary.RoomReplies.RoomUserData;
import com.arizon.chat.room.control.BanCommand;
import com.arizon.chat.room.control.ParticipantService;
import com.arizon.chat.security.control.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat/rooms/{id}/bans}: bar a user from the room, or lift the bar. */
@Path("/chat/rooms/{id}/bans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants")
@SecurityRequirement(name = ChatApplication.BEARER_TOKEN)
public class BansResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ParticipantService participants;

    @POST
    @Operation(operationId = "banUser",
            summary = "Ban a user until a time or for good: removes them and bars re-joining")
    @APIResponse(responseCode = "201", description = "The ban",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "BanReply")))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.PARTICIPANTS_REFUSED)
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public Response ban(@PathParam("id") String roomId, BanCommand command) {
        return Response.status(Response.Status.CREATED)
                .entity(ApiResponse.of(new BanData(participants.ban(caller.get(), roomId, command)), "User banned"))
                .build();
    }

    @DELETE
    @Path("/{userId}")
    @Operation(operationId = "liftBan", summary = "Lift a ban; the user may join again")
    @APIResponse(responseCode = "200", description = "No ban stands any more",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RoomUserReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public ApiResponse<RoomUserData> lift(@PathParam("id") String roomId, @PathParam("userId") String userId) {
        participants.unban(caller.get(), roomId, userId);
        return ApiResponse.of(new RoomUserData(roomId, userId), "Ban lifted");
    }
}
