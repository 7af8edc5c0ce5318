package com.arizon.chat.realtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.realtime.control.RoomSubscriptions.Change;
import org.junit.jupiter.api.Test;

class RoomSubscriptionsTest {

    private final RoomSubscriptions subscriptions = new RoomSubscriptions();

    @Test
    void presenceChangesOnTheFirstAndLastConnectionOfAUser() {
        LiveConnection phone = SignedInConnections.of("bob");
        LiveConnection laptop = SignedInConnections.of("bob");

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
        subscriptions.subscribe(SignedInConnections.of("carol"), "room");
        subscriptions.subscribe(SignedInConnections.of("alice"), "room");
        subscriptions.subscribe(SignedInConnections.of("alice"), "room");

        assertThat(subscriptions.onlineUsers("room")).extracting(user -> user.username())
                .containsExactly("alice", "carol");
    }

    @Test
    void aClosedConnectionCannotBeSubscribed() {
        LiveConnection live = SignedInConnections.of("dave");
        assertThat(live.close()).isEmpty();

        assertThat(subscriptions.subscribe(live, "room")).isEqualTo(Change.NONE);
        assertThat(subscriptions.subscribers("room")).isEmpty();
    }

    @Test
    void droppingARoomUnsubscribesEveryone() {
        LiveConnection first = SignedInConnections.of("erin");
        LiveConnection second = SignedInConnections.of("frank");
        subscriptions.subscribe(first, "room");
        subscriptions.subscribe(second, "room");

        assertThat(subscriptions.dropRoom("room")).containsExactlyInAnyOrder(first, second);
        assertThat(subscriptions.subscribers("room")).isEmpty();
        assertThat(first.isSubscribedTo("room")).isFalse();
    }
}
