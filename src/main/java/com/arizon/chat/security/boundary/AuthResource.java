package com.arizon.chat.security.boundary;

import com.arizon.chat.platform.api.ApiResponse;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorAnswers;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.web.TrustedProxies;
import com.arizon.chat.security.control.AccountView;
import com.arizon.chat.security.control.BuiltInAccounts;
import com.arizon.chat.security.control.IssuerMode;
import com.arizon.chat.security.control.LoginCommand;
import com.arizon.chat.security.control.LoginResult;
import com.arizon.chat.security.control.RegisterCommand;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The built-in issuer's endpoints, which need no token (so, unlike the other resources, it names no
 * OpenAPI security requirement); absent (404) when an external issuer is configured.
 */
@Path("/auth")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

    @Inject
    BuiltInAccounts accounts;

    @Inject
    @ConfigProperty(name = "CHAT_REGISTRATION", defaultValue = "open")
    String registration;

    @Inject
    TrustedProxies proxies;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/register")
    @Operation(operationId = "register", summary = "Register a CLIENT account with the built-in issuer")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "AccountReply")))
    @APIResponse(responseCode = "403", ref = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ErrorAnswers.USER_EXISTS)
    public Response register(RegisterCommand command) {
        requireBuiltInIssuer();
        if ("closed".equalsIgnoreCase(registration)) {
            throw new ChatException(ErrorCode.FORBIDDEN, "Registration is closed");
        }
        AccountView user = accounts.register(command);
        return Response.status(Response.Status.CREATED)
                .entity(ApiResponse.of(new SecurityReplies.AccountData(user), "Registered"))
                .build();
    }

    @POST
    @Path("/login")
    @Operation(operationId = "login", summary = "Exchange a username and password for a token")
    @APIResponse(responseCode = "200", description = "A token for the account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "LoginReply")))
    @APIResponse(responseCode = "404", ref = ErrorAnswers.NOT_FOUND)
    public ApiResponse<LoginResult> login(LoginCommand command) {
        requireBuiltInIssuer();
        return ApiResponse.of(accounts.login(command, proxies.clientAddressOf(request)));
    }

    private static void requireBuiltInIssuer() {
        if (IssuerMode.isExternal()) {
            throw new ChatException(ErrorCode.NOT_FOUND, "No such resource");
        }
    }
}
