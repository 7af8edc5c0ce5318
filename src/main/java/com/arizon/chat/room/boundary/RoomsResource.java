package com.arizon.chat.room.boundary;

import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.PageRequest;
import com.arizon.chat.room.control.CreateRoomCommand;
import com.arizon.chat.room.control.RoomCreation;
import com.arizon.chat.room.control.RoomPage;
import com.arizon.chat.room.control.RoomService;
import com.arizon.chat.room.control.RoomView;
import com.arizon.chat.room.control.UpdateRoomCommand;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat/rooms}: list, create, read, join and leave rooms. */
@Path("/chat/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rooms")
public class RoomsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RoomService rooms;

    @Inject
    RoomCreation creation;

    @GET
    @Operation(summary = "The caller's rooms, newest activity first; ?scope=public for the public directory")
    public ApiResponse<RoomPage> list(@QueryParam("scope") String scope, @QueryParam("page") String page,
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
    @Operation(summary = "Create a room; a DIRECT room that exists already is returned with 200")
    public Response create(CreateRoomCommand command) {
        RoomService.CreatedRoom created = creation.create(caller.get(), command);
        return Response.status(created.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ApiResponse.of(Map.of("chatRoom", created.chatRoom()),
                        created.created() ? "Chat room created successfully" : "Chat room already exists"))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A room with its participants")
    public ApiResponse<Map<String, RoomView>> get(@PathParam("id") String roomId) {
        return ApiResponse.of(Map.of("chatRoom", rooms.details(caller.get(), roomId)));
    }

    @POST
    @Path("/{id}")
    @Operation(summary = "Join a room")
    public ApiResponse<Map<String, RoomView>> join(@PathParam("id") String roomId) {
        return ApiResponse.of(Map.of("chatRoom", rooms.join(caller.get(), roomId)), "Joined chat room");
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateRoom",
            summary = "Change name, description, isPrivate, maxMembers or isActive (room OWNER or ADMIN)")
    public ApiResponse<Map<String, RoomView>> update(@PathParam("id") String roomId, UpdateRoomCommand command) {
        return ApiResponse.of(Map.of("chatRoom", rooms.update(caller.get(), roomId, command)), "Chat room updated");
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Leave a room")
    public ApiResponse<Map<String, String>> leave(@PathParam("id") String roomId) {
        rooms.leave(caller.get(), roomId);
        return ApiResponse.of(Map.of("roomId", roomId), "Left chat room");
    }
}
