package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.CallerFactory;
import com.arizon.chat.security.control.TokenVerifier;
import com.arizon.chat.security.control.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signs a connection in with a token (at the handshake or by {@code authenticate}): verified like a
 * REST token, the user provisioned, and the connection counted against the user's limit.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    TokenVerifier verifier;

    @Inject
    CallerFactory callers;

    @Inject
    ConnectionRegistry registry;

    @Inject
    RealtimeSettings settings;

    @Inject
    ClusterPresence cluster;

    /** What signing in gave: the reply, and whether the connection must now be closed. */
    public record Result(boolean signedIn, boolean closeConnection, OutboundEvent reply) {

        static Result signedIn(String userId) {
            return new Result(true, false, ClientEvents.authenticated(userId));
        }

        static Result refused(String message) {
            return new Result(false, false, ClientEvents.authenticationError(message));
        }

        static Result tooManyConnections(int limit) {
            return new Result(false, true, ClientEvents.error(ErrorCode.RATE_LIMITED,
                    "A user may hold at most " + limit + " live connections"));
        }
    }

    public Result signIn(LiveConnection live, String token) {
        UserProfile profile;
        Caller caller;
        try {
            profile = verifier.verify(token);
            if (live.isAuthenticated()) {
                return profile.id().equals(live.userId()) ? Result.signedIn(profile.id())
                        : Result.refused("This connection is signed in as another user");
            }
            caller = callers.signedIn(profile);
        } catch (ChatException e) {
            return Result.refused(e.getMessage());
        }
        int limit = settings.maxConnectionsPerUser();
        if (!cluster.reserveConnection(profile.id(), live.id(), limit)) {
            return Result.tooManyConnections(limit);
        }
        Result result;
        synchronized (live) {
            if (live.isClosed()) {
                result = Result.refused("The connection is closed");
            } else if (!registry.signIn(live, profile.id(), limit)) {
                result = Result.tooManyConnections(limit);
            } else {
                live.signedIn(profile, caller);
                result = Result.signedIn(profile.id());
            }
        }
        if (!result.signedIn()) {
            cluster.releaseConnection(profile.id(), live.id());
            return result;
        }
        live.cancelAuthenticationDeadline();
        return result;
    }

    /**
     * The caller for the next event, with the user's current permissions (grant edits reach
     * long-lived connections too); cheap, as provisioning and grants are cached.
     */
    public Caller currentCaller(LiveConnection live) {
        live.refreshCaller(callers.signedIn(live.profile()));
        return live.caller();
    }
}
