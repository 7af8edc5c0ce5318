package com.arizon.chat.message.boundary;

import com.arizon.chat.ChatApplication;
import com.arizon.chat.message.control.ReadCommand;
import com.arizon.chat.message.control.ReadReceipts;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.security.control.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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

/** {@code /api/chat/rooms/{id}/read}: the caller's read receipt. */
@Path("/chat/rooms/{id}/read")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "messages")
@SecurityRequirement(name = ChatApplication.BEARER_TOKEN)
public class ReadReceiptsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ReadReceipts receipts;

    @POST
    @Operation(operationId = "markRead",
            summary = "Mark the room read up to a message (default: the latest); the marker never moves back")
    @APIResponse(responseCode = "200", description = "The caller's read marker",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ReadMarkerReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN_OR_NOT_PARTICIPANT)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.MESSAGE_NOT_FOUND)
    public ApiResponse<ReadReceipts.ReadMarker> markRead(@PathParam("id") String roomId, @Valid ReadCommand command) {
        return ApiResponse.of(receipts.markRead(caller.get(), roomId, command == null ? null : command.messageId()));
    }
}
