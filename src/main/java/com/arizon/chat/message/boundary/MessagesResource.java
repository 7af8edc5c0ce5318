package com.arizon.chat.message.boundary;

import com.arizon.chat.ChatApplication;
import com.arizon.chat.message.boundary.MessageReplies.HistoryData;
import com.arizon.chat.message.boundary.MessageReplies.MessageData;
import com.arizon.chat.message.boundary.MessageReplies.ReactionsData;
import com.arizon.chat.message.control.EditMessageCommand;
import com.arizon.chat.message.control.MessagePage;
import com.arizon.chat.message.control.MessageService;
import com.arizon.chat.message.control.PostedMessage;
import com.arizon.chat.message.control.ReactionService;
import com.arizon.chat.message.control.SendMessageCommand;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.platform.metrics.ChatMetrics;
import com.arizon.chat.platform.paging.PageQuery;
import com.arizon.chat.platform.rest.SuccessResponses;
import com.arizon.chat.security.control.CurrentCaller;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/chat/rooms/{id}/messages}: a room's history, posting, editing, deleting and reacting. */
@Path("/chat/rooms/{id}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "messages")
@SecurityRequirement(name = ChatApplication.BEARER_TOKEN)
public class MessagesResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MessageService messages;

    @Inject
    ReactionService reactions;

    @Inject
    ChatMetrics metrics;

    @GET
    @Operation(operationId = "listMessages",
            summary = "History: page 1 is the newest, oldest first inside a page; or a cursor before/after"
                    + " a message id")
    @APIResponse(responseCode = "200", description = "Messages, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "MessagePageReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.MESSAGE_NOT_FOUND)
    public ApiResponse<MessagePage> history(@PathParam("id") String roomId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Older than this message") @QueryParam("before") String before,
            @Parameter(description = "Newer than this message") @QueryParam("after") String after) {
        return ApiResponse.of(messages.history(caller.get(), roomId, PageQuery.parse(page, limit, before, after)));
    }

    @POST
    @Operation(operationId = "sendMessage",
            summary = "Post a message; a retried clientMessageId returns the first message with 200")
    @APIResponse(responseCode = "201", description = "Posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "MessageReply")))
    @APIResponse(responseCode = "200", description = "A retry: the message first posted with this clientMessageId",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "MessageReply")))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.MESSAGE_REFUSED)
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.ROOM_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public Response send(@PathParam("id") String roomId, SendMessageCommand command) {
        PostedMessage posted = messages.send(caller.get(), roomId, command);
        if (posted.created()) {
            metrics.messagePosted(ChatMetrics.Origin.REST);
        }
        return SuccessResponses.createdOrFound(posted.created(), ApiResponse.of(new MessageData(posted.message())));
    }

    @PATCH
    @Path("/{messageId}")
    @Operation(operationId = "editMessage", summary = "Edit your own message; the previous version goes to its history")
    @APIResponse(responseCode = "200", description = "The message as edited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "MessageReply")))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.MESSAGE_REFUSED)
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.MESSAGE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public ApiResponse<MessageData> edit(@PathParam("id") String roomId, @PathParam("messageId") String messageId,
            EditMessageCommand command) {
        return ApiResponse.of(new MessageData(messages.edit(caller.get(), roomId, messageId, command)));
    }

    @DELETE
    @Path("/{messageId}")
    @Operation(operationId = "deleteMessage",
            summary = "Delete a message (its sender, a room MODERATOR and up, chats:moderate)")
    @APIResponse(responseCode = "200", description = "The message in its deleted form",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "MessageReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.MESSAGE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public ApiResponse<MessageData> delete(@PathParam("id") String roomId, @PathParam("messageId") String messageId) {
        return ApiResponse.of(new MessageData(messages.delete(caller.get(), roomId, messageId)));
    }

    @GET
    @Path("/{messageId}/history")
    @Operation(operationId = "messageEditHistory",
            summary = "The versions a message had before its edits, oldest first (its sender and moderators)")
    @APIResponse(responseCode = "200", description = "Earlier versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "HistoryReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.MESSAGE_NOT_FOUND)
    public ApiResponse<HistoryData> editHistory(@PathParam("id") String roomId,
            @PathParam("messageId") String messageId) {
        return ApiResponse.of(new HistoryData(messages.editHistory(caller.get(), roomId, messageId)));
    }

    @PUT
    @Path("/{messageId}/reactions/{emoji}")
    @Operation(operationId = "addReaction", summary = "Add your reaction (idempotent)")
    @APIResponse(responseCode = "200", description = "The message's reactions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ReactionsReply")))
    @APIResponse(responseCode = "400", ref = ErrorAnswers.MESSAGE_REFUSED)
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.MESSAGE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public ApiResponse<ReactionsData> react(@PathParam("id") String roomId, @PathParam("messageId") String messageId,
            @PathParam("emoji") String emoji) {
        return ApiResponse.of(new ReactionsData(reactions.add(caller.get(), roomId, messageId, emoji)));
    }

    @DELETE
    @Path("/{messageId}/reactions/{emoji}")
    @Operation(operationId = "removeReaction", summary = "Remove your reaction (idempotent)")
    @APIResponse(responseCode = "200", description = "The message's reactions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ReactionsReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.MESSAGE_NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.ROOM_INACTIVE)
    public ApiResponse<ReactionsData> unreact(@PathParam("id") String roomId,
            @PathParam("messageId") String messageId, @PathParam("emoji") String emoji) {
        return ApiResponse.of(new ReactionsData(reactions.remove(caller.get(), roomId, messageId, emoji)));
    }
}
