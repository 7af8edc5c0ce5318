package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.metrics.ChatMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What {@link RoomEvents} does on this instance, run on the room's lane (see
 * {@link GridRoomEvents}): a push walks the room's subscriber array and queues the same event on
 * every connection, which returns at once, so a slow client never holds up its room.
 */
@ApplicationScoped
public class LocalRoomEvents {

    @Inject
    RoomSubscriptions subscriptions;

    @Inject
    RoomPresence presence;

    @Inject
    ChatMetrics metrics;

    /** Queues the event on every subscriber of the room here; {@code published} is when it was published. */
    void deliver(String roomId, OutboundEvent event, Audience audience, long published) {
        int delivered = 0;
        for (LiveConnection live : subscriptions.subscribers(roomId)) {
            if (audience.includes(live) && live.send(event)) {
                delivered++;
            }
        }
        metrics.delivered(delivered);
        metrics.pushed(System.nanoTime() - published);
    }

    void unsubscribeUser(String roomId, String userId) {
        for (LiveConnection live : subscriptions.connectionsOf(roomId, userId)) {
            presence.leave(live, roomId);
        }
    }

    void unsubscribeAll(String roomId) {
        subscriptions.dropRoom(roomId);
    }
}
