package com.arizon.chat.realtime.control;

import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.UserProfile;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Live connections signed in as a user, on a connection that records what it is sent. */
final class SignedInConnections {

    private static final AtomicInteger IDS = new AtomicInteger();

    private SignedInConnections() {
    }

    /** A new connection of the user {@code username}, whose id is {@code username + "-id"}. */
    static LiveConnection of(String username) {
        String connectionId = "c" + IDS.incrementAndGet();
        LiveConnection live = new LiveConnection(new FakeConnection(connectionId),
                new EventLimiter(new EventLimiter.Limits(50, 10, 20, 5, 10, 10)), new SerialLane(Runnable::run, 10));
        UserProfile profile = new UserProfile(username + "-id", username, username + "@example.test", "First",
                "Last", null, Set.of());
        live.signedIn(profile, new Caller(profile.id(), username, profile.email(), Set.of(), Set.of(), null));
        return live;
    }
}
