package com.arizon.chat.message.boundary;

import com.arizon.chat.message.control.MessagePage;
import com.arizon.chat.message.control.MessageQuery;
import com.arizon.chat.message.control.MessageService;
import com.arizon.chat.message.control.PostedMessage;
import com.arizon.chat.message.control.SendMessageCommand;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** {@code /api/chat/rooms/{id}/messages}: a room's history and posting to it. */
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

    @GET
    @Operation(summary = "History: page 1 is the newest; or a cursor with before/after a message id")
    public ApiResponse<MessagePage> history(@PathParam("id") String roomId, @QueryParam("page") String page,
            @QueryParam("limit") String limit, @QueryParam("before") String before,
            @QueryParam("after") String after) {
        return ApiResponse.of(messages.history(caller.get(), roomId, MessageQuery.parse(page, limit, before, after)));
    }

    @POST
    @Operation(summary = "Post a message; a retried clientMessageId returns the first message with 200")
    public Response send(@PathParam("id") String roomId, SendMessageCommand command) {
        PostedMessage posted = messages.send(caller.get(), roomId, command);
        return Response.status(posted.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(ApiResponse.of(Map.of("message", posted.message())))
                .build();
    }
}
