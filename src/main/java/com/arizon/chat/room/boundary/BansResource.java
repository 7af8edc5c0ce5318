package com.arizon.chat.room.boundary;

import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.room.control.BanCommand;
import com.arizon.chat.room.control.ParticipantService;
import com.arizon.chat.security.CurrentCaller;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat/rooms/{id}/bans}: bar a user from the room, or lift the bar. */
@Path("/chat/rooms/{id}/bans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "participants")
public class BansResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ParticipantService participants;

    @POST
    @Operation(operationId = "banUser",
            summary = "Ban a user until a time or for good: removes them and bars re-joining")
    public Response ban(@PathParam("id") String roomId, BanCommand command) {
        return Response.status(Response.Status.CREATED)
                .entity(ApiResponse.of(Map.of("ban", participants.ban(caller.get(), roomId, command)), "User banned"))
                .build();
    }

    @DELETE
    @Path("/{userId}")
    @Operation(operationId = "liftBan", summary = "Lift a ban; the user may join again")
    public ApiResponse<Map<String, String>> lift(@PathParam("id") String roomId, @PathParam("userId") String userId) {
        participants.unban(caller.get(), roomId, userId);
        return ApiResponse.of(Map.of("roomId", roomId, "userId", userId), "Ban lifted");
    }
}
