package com.arizon.chat.user.boundary;

import com.arizon.chat.user.control.UserSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code data} of the user endpoints, and, for the OpenAPI document only, the envelope around
 * each reply ({@code ApiResponse} is generic, which the document cannot express).
 */
public final class UserReplies {

    private UserReplies() {
    }

    public record UsersData(List<UserSummary> users) {
    }

    @Schema(requiredProperties = {"success", "data"})
    record UsersReply(boolean success, UsersData data, String message) {
    }
}
