package com.arizon.chat.user.boundary;

import com.arizon.chat.ChatApplication;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.security.control.CurrentCaller;
import com.arizon.chat.user.boundary.UserReplies.UsersData;
import com.arizon.chat.user.control.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/users}: finding people to invite. */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
@SecurityRequirement(name = ChatApplication.BEARER_TOKEN)
public class UsersResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UserDirectory directory;

    @GET
    @Operation(operationId = "searchUsers",
            summary = "Users whose username starts with ?username= (any case), shortest first, at most 20")
    @APIResponse(responseCode = "200", description = "The users found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UsersReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    public ApiResponse<UsersData> search(
            @Parameter(description = "The start of a username, 1 to 100 characters", required = true)
            @QueryParam("username") String username) {
        return ApiResponse.of(new UsersData(directory.byUsernamePrefix(caller.get(), username)));
    }
}
