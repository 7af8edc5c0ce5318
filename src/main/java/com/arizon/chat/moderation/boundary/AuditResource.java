package com.arizon.chat.moderation.boundary;

import com.arizon.chat.ChatApplication;
import com.arizon.chat.moderation.control.AuditPage;
import com.arizon.chat.moderation.control.AuditTrail;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.platform.paging.PageQuery;
import com.arizon.chat.security.control.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/audit}: the moderation audit log, for holders of chats:moderate. */
@Path("/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = ChatApplication.BEARER_TOKEN)
public class AuditResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail trail;

    @GET
    @Operation(operationId = "readAuditLog",
            summary = "Moderation actions, newest first: page/limit, or a cursor before/after an entry id")
    @APIResponse(responseCode = "200", description = "Audit entries, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "AuditPageReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public ApiResponse<AuditPage> read(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Older than this entry") @QueryParam("before") String before,
            @Parameter(description = "Newer than this entry") @QueryParam("after") String after,
            @Parameter(description = "Only the entries about this room") @QueryParam("roomId") String roomId) {
        return ApiResponse.of(trail.read(caller.get(), PageQuery.parse(page, limit, before, after), roomId));
    }

    /** The envelope around an {@link AuditPage}, for the OpenAPI document. */
    @Schema(requiredProperties = {"success", "data"})
    record AuditPageReply(boolean success, AuditPage data, String message) {
    }
}
