package com.arizon.chat.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Subscribing connections to rooms and what others see of it: {@code user_online} when a user's
 * first connection (on any instance of a cluster, {@link ClusterPresence}) enters a room,
 * {@code user_offline} when their last one leaves (or drops, or its instance dies), and
 * {@code room_users_update} with the users online in the room, coalesced per room so that a crowd
 * arriving at once costs one update instead of one per arrival.
 */
@ApplicationScoped
public class RoomPresence {

    @Inject
    RoomSubscriptions subscriptions;

    @Inject
    RoomEvents events;

    @Inject
    TypingIndicators typing;

    @Inject
    RealtimeSettings settings;

    @Inject
    RealtimeWorkers workers;

    @Inject
    ClusterPresence cluster;

    private final Set<String> roomsAwaitingUpdate = ConcurrentHashMap.newKeySet();

    /** Subscribes the connection to the room's live events. */
    public void enter(LiveConnection live, String roomId) {
        switch (subscriptions.subscribe(live, roomId)) {
            case FIRST_OF_USER -> cluster.entered(roomId, live, firstInRoom -> {
                if (firstInRoom) {
                    events.publish(roomId, ClientEvents.userOnline(live.userId(), live.profile().email(), roomId),
                            Audience.allButUser(live.userId()));
                }
                onlineUsersChanged(roomId);
            });
            case OTHER_OF_USER -> cluster.onlineUsers(roomId,
                    users -> live.send(ClientEvents.roomUsersUpdate(roomId, users)));
            default -> {
                // already subscribed, or closed meanwhile
            }
        }
    }

    /** Unsubscribes the connection; harmless if it was not subscribed. */
    public void leave(LiveConnection live, String roomId) {
        if (subscriptions.unsubscribe(live, roomId) == RoomSubscriptions.Change.LAST_OF_USER) {
            typing.stop(roomId, live.userId());
            String email = live.profile().email();
            cluster.left(roomId, live.userId(), lastInRoom -> {
                if (lastInRoom) {
                    wentOffline(roomId, live.userId(), email);
                } else {
                    onlineUsersChanged(roomId);
                }
            });
        }
    }

    /** The user has no connection in the room left on any instance. */
    void wentOffline(String roomId, String userId, String email) {
        events.publish(roomId, ClientEvents.userOffline(userId, email, roomId), Audience.everyone());
        onlineUsersChanged(roomId);
    }

    /** A closed connection leaves every room it was subscribed to. */
    public void leaveAll(LiveConnection live, Collection<String> roomIds) {
        roomIds.forEach(roomId -> leave(live, roomId));
    }

    private void onlineUsersChanged(String roomId) {
        long delayMillis = settings.presenceDebounce().toMillis();
        if (delayMillis <= 0) {
            publishOnlineUsers(roomId);
            return;
        }
        if (roomsAwaitingUpdate.add(roomId)) {
            try {
                workers.timers().schedule(() -> publishOnlineUsers(roomId), delayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                roomsAwaitingUpdate.remove(roomId);
            }
        }
    }

    private void publishOnlineUsers(String roomId) {
        roomsAwaitingUpdate.remove(roomId);
        cluster.onlineUsers(roomId, users -> {
            if (!users.isEmpty()) {
                events.publish(roomId, ClientEvents.roomUsersUpdate(roomId, users), Audience.everyone());
            }
        });
    }
}
