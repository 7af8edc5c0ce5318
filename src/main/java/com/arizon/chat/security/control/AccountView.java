package com.arizon.chat.security.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The signed-in user as the auth endpoints show them. */
@JsonbPropertyOrder({"id", "username", "email", "firstName", "lastName", "avatar", "roles"})
public record AccountView(String id, String username, String email, String firstName, String lastName,
        String avatar, List<String> roles) {

    public static AccountView of(UserProfile profile) {
        return new AccountView(profile.id(), profile.username(), profile.email(), profile.firstName(),
                profile.lastName(), profile.avatar(), profile.roles().stream().map(Enum::name).sorted().toList());
    }
}
