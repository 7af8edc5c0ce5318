package com.arizon.chat.user.control;

import com.arizon.chat.user.entity.User;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A user as other users see them next to messages and in room lists. */
@JsonbPropertyOrder({"id", "username", "firstName", "lastName", "avatar"})
public record UserSummary(String id, String username, String firstName, String lastName, String avatar) {

    public static UserSummary of(User user) {
        return new UserSummary(user.id(), user.username(), user.firstName(), user.lastName(), user.avatar());
    }

    /** For a row that no longer resolves: the id alone. */
    public static UserSummary unknown(String id) {
        return new UserSummary(id, null, null, null, null);
    }
}
