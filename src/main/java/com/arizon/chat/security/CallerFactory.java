package com.arizon.chat.security;

import com.arizon.chat.user.UserProvisioning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a verified profile into a {@link Caller}: provisions the user and resolves permissions. */
@ApplicationScoped
public class CallerFactory {

    @Inject
    UserProvisioning provisioning;

    @Inject
    RolePermissions rolePermissions;

    public Caller signedIn(UserProfile profile) {
        provisioning.provision(profile);
        return new Caller(profile.id(), profile.username(), profile.email(), profile.roles(),
                rolePermissions.of(profile.roles()), null);
    }
}
