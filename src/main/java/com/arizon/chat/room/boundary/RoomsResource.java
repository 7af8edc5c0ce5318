package com.arizon.chat.room.boundary;

import com.arizon.chat.ChatApplication;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.platform.paging.PageRequest;
import com.arizon.chat.platform.rest.SuccessResponses;
import com.arizon.chat.room.boundary.RoomReplies.ChatRoomData;
import com.arizon.chat.room.boundary.RoomReplies.RoomIdData;
import com.arizon.chat.room.control.CreateRoomCommand;
import com.arizon.chat.room.control.RoomCreation;
import com.arizon.chat.room.control.RoomPage;
import com.arizon.chat.room.control.RoomService;
import com.arizon.chat.room.control.UpdateRoomCommand;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat/rooms}: list, create, read, change, join and leave rooms. */
@Path("/chat/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rooms")
@SecurityRequirement(name = ChatApplication.BEARER_TOKEN)
public class RoomsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RoomService rooms;

    @Inject
    RoomCreation creation;

    @GET
    @Operation(operationId = "listRooms",
            summary = "The caller's rooms, newest activity first; ?scope=public for the public directory")
    @APIResponse(responseCode = "200", description = "A page of rooms",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RoomPageReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    public ApiResponse<RoomPage> list(
            @Parameter(description = "mine (default) or public",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"mine", "public"}))
            @QueryParam("scope") String scope,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "50"))
            @QueryParam("limit") String limit) {
        PageRequest request = PageRequest.parse(page, limit);
        if (scope == null || scope.equals("mine")) {
            return ApiResponse.of(rooms.myRooms(caller.get(), request));
        }
        if (scope.equals("public")) {
            return ApiResponse.of(rooms.publicRooms(caller.get(), request));
        }
        throw ChatException.validation("scope", "must be public or mine");
    }

    @POST
    @Operation(operationId = "createRoom",
            summary = "Create a room; a DIRECT room that exists already is returned with 200")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ChatRoomReply")))
    @APIResponse(responseCode = "200", description = "The DIRECT room of this pair, which existed already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ChatRoomReply")))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.PARTICIPANTS_REFUSED)
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    public Response create(CreateRoomCommand command) {
        RoomService.CreatedRoom created = creation.create(caller.get(), command);
        return SuccessResponses.createdOrFound(created.created(), ApiResponse.of(new ChatRoomData(created.chatRoom()),
                created.created() ? "Chat room created successfully" : "Chat room already exists"));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRoom", summary = "A room with its participants")
    @APIResponse(responseCode = "200", description = "The room",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ChatRoomReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    public ApiResponse<ChatRoomData> get(@PathParam("id") String roomId) {
        return ApiResponse.of(new ChatRoomData(rooms.details(caller.get(), roomId)));
    }

    @POST
    @Path("/{id}")
    @Operation(operationId = "joinRoom", summary = "Join a room; joining twice is harmless")
    @APIResponse(responseCode = "200", description = "The room joined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ChatRoomReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.JOIN_REFUSED)
    public ApiResponse<ChatRoomData> join(@PathParam("id") String roomId) {
        return ApiResponse.of(new ChatRoomData(rooms.join(caller.get(), roomId)), "Joined chat room");
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateRoom",
            summary = "Change name, description, isPrivate, maxMembers or isActive (chats:update, room OWNER or ADMIN)")
    @APIResponse(responseCode = "200", description = "The room as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ChatRoomReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public ApiResponse<ChatRoomData> update(@PathParam("id") String roomId, UpdateRoomCommand command) {
        return ApiResponse.of(new ChatRoomData(rooms.update(caller.get(), roomId, command)), "Chat room updated");
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "leaveRoom",
            summary = "Leave a room; an OWNER hands it over, the last one out deactivates it")
    @APIResponse(responseCode = "200", description = "Left",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "RoomIdReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    public ApiResponse<RoomIdData> leave(@PathParam("id") String roomId) {
        rooms.leave(caller.get(), roomId);
        return ApiResponse.of(new RoomIdData(roomId), "Left chat room");
    }
}
