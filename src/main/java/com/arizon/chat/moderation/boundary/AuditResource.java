package com.arizon.chat.moderation.boundary;

import com.arizon.chat.moderation.control.AuditPage;
import com.arizon.chat.moderation.control.AuditTrail;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.PageQuery;
import com.arizon.chat.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/audit}: the moderation audit log, for holders of chats:moderate. */
@Path("/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AuditResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail trail;

    @GET
    @Operation(operationId = "readAuditLog",
            summary = "Moderation actions, newest first: page/limit, or a cursor before/after an entry id")
    public ApiResponse<AuditPage> read(@QueryParam("page") String page, @QueryParam("limit") String limit,
            @QueryParam("before") String before, @QueryParam("after") String after,
            @QueryParam("roomId") String roomId) {
        return ApiResponse.of(trail.read(caller.get(), PageQuery.parse(page, limit, before, after), roomId));
    }
}
