package com.arizon.chat.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a verified profile into a {@link Caller}: provisions the user and resolves permissions. */
@ApplicationScoped
public class CallerFactory {

    @Inject
    UserRecords users;

    @Inject
    RolePermissions rolePermissions;

    public Caller signedIn(UserProfile profile) {
        users.provision(profile);
        return new Caller(profile.id(), profile.username(), profile.email(), profile.roles(),
                rolePermissions.of(profile.roles()), null);
    }
}
