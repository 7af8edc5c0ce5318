package com.arizon.chat.security.boundary;

import com.arizon.chat.security.control.AccountView;
import com.arizon.chat.security.control.GrantsView;
import com.arizon.chat.security.control.LoginResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code data} of the auth endpoints, and, for the OpenAPI document only, the envelope around
 * each reply ({@code ApiResponse} is generic, which the document cannot express).
 */
public final class SecurityReplies {

    private SecurityReplies() {
    }

    public record AccountData(AccountView user) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record AccountReply(boolean success, AccountData data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record LoginReply(boolean success, LoginResult data, String message) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record GrantsReply(boolean success, GrantsView data, String message) {
    }
}
