package com.arizon.chat.security.boundary;

import com.arizon.chat.security.control.CurrentCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Every authenticated REST request refreshes its user from the token's claims (just-in-time provisioning). */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class CallerProvisioningFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (caller.isAuthenticated()) {
            caller.get();
        }
    }
}
