package com.arizon.chat.security.boundary;

import com.arizon.chat.ChatApplication;
import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.security.control.CurrentCaller;
import com.arizon.chat.security.control.GlobalRole;
import com.arizon.chat.security.control.GrantsCommand;
import com.arizon.chat.security.control.GrantsView;
import com.arizon.chat.security.control.Permission;
import com.arizon.chat.security.control.RolePermissions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/admin/roles/{role}/permissions}: read and replace a global role's grants (ADMIN only). */
@Path("/admin/roles/{role}/permissions")
@RequestScoped
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = ChatApplication.BEARER_TOKEN)
public class RolePermissionsResource {

    @Inject
    RolePermissions rolePermissions;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(operationId = "getRolePermissions", summary = "The permissions granted to a global role")
    @APIResponse(responseCode = "200", description = "The role's permissions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "GrantsReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public ApiResponse<GrantsView> get(@PathParam("role") String role) {
        GlobalRole globalRole = parse(role);
        return ApiResponse.of(GrantsView.of(globalRole, rolePermissions.of(globalRole)));
    }

    @PUT
    @Operation(operationId = "replaceRolePermissions", summary = "Replace the permissions granted to a global role")
    @APIResponse(responseCode = "200", description = "The role's permissions now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "GrantsReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public ApiResponse<GrantsView> replace(@PathParam("role") String role, @NotNull @Valid GrantsCommand command) {
        GlobalRole globalRole = parse(role);
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        command.permissions().forEach(key -> permissions.add(Permission.fromKey(key).orElseThrow()));
        Set<Permission> granted = rolePermissions.replace(caller.get(), globalRole, permissions);
        return ApiResponse.of(GrantsView.of(globalRole, granted));
    }

    private static GlobalRole parse(String role) {
        return GlobalRole.parse(role).orElseThrow(() ->
                new ChatException(ErrorCode.NOT_FOUND, "No such role: use CLIENT, BUSINESS, SUPPLIER, SUPPORT or ADMIN"));
    }
}
