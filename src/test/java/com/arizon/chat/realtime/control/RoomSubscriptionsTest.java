package com.arizon.chat.realtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.realtime.control.RoomSubscriptions.Change;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.UserProfile;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RoomSubscriptionsTest {

    private static final AtomicInteger IDS = new AtomicInteger();
    private final RoomSubscriptions subscriptions = new RoomSubscriptions();

    @Test
    void presenceChangesOnTheFirstAndLastConnectionOfAUser() {
        LiveConnection phone = signedIn("bob");
        LiveConnection laptop = signedIn("bob");

        assertThat(subscriptions.subscribe(phone, "room")).isEqualTo(Change.FIRST_OF_USER);
        assertThat(subscriptions.subscribe(laptop, "room")).isEqualTo(Change.OTHER_OF_USER);
        assertThat(subscriptions.subscribe(laptop, "room")).isEqualTo(Change.NONE);

        assertThat(subscriptions.unsubscribe(phone, "room")).isEqualTo(Change.OTHER_OF_USER);
        assertThat(subscriptions.unsubscribe(phone, "room")).isEqualTo(Change.NONE);
        assertThat(subscriptions.unsubscribe(laptop, "room")).isEqualTo(Change.LAST_OF_USER);
        assertThat(subscriptions.subscribers("room")).isEmpty();
    }

    @Test
    void onlineUsersAreDistinctAndSortedByUsername() {
        subscriptions.subscribe(signedIn("carol"), "room");
        subscriptions.subscribe(signedIn("alice"), "room");
        subscriptions.subscribe(signedIn("alice"), "room");

        assertThat(subscriptions.onlineUsers("room")).extracting(user -> user.username())
                .containsExactly("alice", "carol");
    }

    @Test
    void aClosedConnectionCannotBeSubscribed() {
        LiveConnection live = signedIn("dave");
        assertThat(live.close()).isEmpty();

        assertThat(subscriptions.subscribe(live, "room")).isEqualTo(Change.NONE);
        assertThat(subscriptions.subscribers("room")).isEmpty();
    }

    @Test
    void droppingARoomUnsubscribesEveryone() {
        LiveConnection first = signedIn("erin");
        LiveConnection second = signedIn("frank");
        subscriptions.subscribe(first, "room");
        subscriptions.subscribe(second, "room");

        assertThat(subscriptions.dropRoom("room")).containsExactlyInAnyOrder(first, second);
        assertThat(subscriptions.subscribers("room")).isEmpty();
        assertThat(first.isSubscribedTo("room")).isFalse();
    }

    private static LiveConnection signedIn(String username) {
        String connectionId = "c" + IDS.incrementAndGet();
        LiveConnection live = new LiveConnection(new FakeConnection(connectionId),
                new EventLimiter(new EventLimiter.Limits(50, 10, 20, 5, 10, 10)), new SerialLane(Runnable::run, 10));
        UserProfile profile = new UserProfile(username + "-id", username, username + "@example.test", "First",
                "Last", null, Set.of());
        live.signedIn(profile, new Caller(profile.id(), username, profile.email(), Set.of(), Set.of(), null));
        return live;
    }
}
