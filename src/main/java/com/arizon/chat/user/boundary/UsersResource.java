package com.arizon.chat.user.boundary;

import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.security.CurrentCaller;
import com.arizon.chat.user.UserDirectory;
import com.arizon.chat.user.UserSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/users}: finding people to invite. */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class UsersResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UserDirectory directory;

    @GET
    @Operation(summary = "Users whose username starts with ?username= (any case), exact match first, at most 20")
    public ApiResponse<Map<String, List<UserSummary>>> search(@QueryParam("username") String username) {
        return ApiResponse.of(Map.of("users", directory.byUsernamePrefix(caller.get(), username)));
    }
}
