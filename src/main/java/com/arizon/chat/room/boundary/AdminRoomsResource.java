package com.arizon.chat.room.boundary;

import com.arizon.chat.ChatApplication;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.room.boundary.RoomReplies.RoomIdData;
import com.arizon.chat.room.control.RoomService;
import com.arizon.chat.security.control.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
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

/** {@code /api/admin/chat/rooms/{id}}: hard delete of a room and everything in it (chats:delete). */
@Path("/admin/chat/rooms/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = ChatApplication.BEARER_TOKEN)
public class AdminRoomsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RoomService rooms;

    @DELETE
    @Operation(operationId = "deleteRoom",
            summary = "Delete a room for good, with its participants, messages and bans (chats:delete)")
    @APIResponse(responseCode = "200", description = "Deleted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RoomIdReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    public ApiResponse<RoomIdData> delete(@PathParam("id") String roomId) {
        rooms.delete(caller.get(), roomId);
        return ApiResponse.of(new RoomIdData(roomId), "Chat room deleted");
    }
}
