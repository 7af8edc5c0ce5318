package com.arizon.chat.message.boundary;

import com.arizon.chat.message.control.EditMessageCommand;
import com.arizon.chat.message.control.MessagePage;
import com.arizon.chat.message.control.MessageService;
import com.arizon.chat.message.control.MessageVersion;
import com.arizon.chat.message.control.MessageView;
import com.arizon.chat.message.control.ReactionGroup;
import com.arizon.chat.message.control.ReactionService;
import com.arizon.chat.message.control.PostedMessage;
import com.arizon.chat.message.control.SendMessageCommand;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.PageQuery;
import com.arizon.chat.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat/rooms/{id}/messages}: a room's history, posting, editing, deleting and reacting. */
@Path("/chat/rooms/{id}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "messages")
public class MessagesResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MessageService messages;

    @Inject
    ReactionService reactions;

    @GET
    @Operation(summary = "History: page 1 is the newest; or a cursor with before/after a message id")
    public ApiResponse<MessagePage> history(@PathParam("id") String roomId, @QueryParam("page") String page,
            @QueryParam("limit") String limit, @QueryParam("before") String before,
            @QueryParam("after") String after) {
        return ApiResponse.of(messages.history(caller.get(), roomId, PageQuery.parse(page, limit, before, after)));
    }

    @POST
    @Operation(summary = "Post a message; a retried clientMessageId returns the first message with 200")
    public Response send(@PathParam("id") String roomId, SendMessageCommand command) {
        PostedMessage posted = messages.send(caller.get(), roomId, command);
        return Response.status(posted.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ApiResponse.of(Map.of("message", posted.message())))
                .build();
    }

    @PATCH
    @Path("/{messageId}")
    @Operation(operationId = "editMessage", summary = "Edit your own message; the previous version goes to its history")
    public ApiResponse<Map<String, MessageView>> edit(@PathParam("id") String roomId,
            @PathParam("messageId") String messageId, EditMessageCommand command) {
        return ApiResponse.of(Map.of("message", messages.edit(caller.get(), roomId, messageId, command)));
    }

    @DELETE
    @Path("/{messageId}")
    @Operation(operationId = "deleteMessage",
            summary = "Delete a message (its sender, a room MODERATOR and up, chats:moderate); answers its deleted form")
    public ApiResponse<Map<String, MessageView>> delete(@PathParam("id") String roomId,
            @PathParam("messageId") String messageId) {
        return ApiResponse.of(Map.of("message", messages.delete(caller.get(), roomId, messageId)));
    }

    @GET
    @Path("/{messageId}/history")
    @Operation(operationId = "messageHistory",
            summary = "The versions a message had before its edits, oldest first (its sender and moderators)")
    public ApiResponse<Map<String, List<MessageVersion>>> editHistory(@PathParam("id") String roomId,
            @PathParam("messageId") String messageId) {
        return ApiResponse.of(Map.of("history", messages.editHistory(caller.get(), roomId, messageId)));
    }

    @PUT
    @Path("/{messageId}/reactions/{emoji}")
    @Operation(operationId = "addReaction", summary = "Add your reaction (idempotent); answers the message's reactions")
    public ApiResponse<Map<String, List<ReactionGroup>>> react(@PathParam("id") String roomId,
            @PathParam("messageId") String messageId, @PathParam("emoji") String emoji) {
        return ApiResponse.of(Map.of("reactions", reactions.add(caller.get(), roomId, messageId, emoji)));
    }

    @DELETE
    @Path("/{messageId}/reactions/{emoji}")
    @Operation(operationId = "removeReaction",
            summary = "Remove your reaction (idempotent); answers the message's reactions")
    public ApiResponse<Map<String, List<ReactionGroup>>> unreact(@PathParam("id") String roomId,
            @PathParam("messageId") String messageId, @PathParam("emoji") String emoji) {
        return ApiResponse.of(Map.of("reactions", reactions.remove(caller.get(), roomId, messageId, emoji)));
    }
}
