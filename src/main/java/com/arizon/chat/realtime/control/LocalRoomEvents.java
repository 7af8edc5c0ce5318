package com.arizon.chat.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@link RoomEvents} for a single instance: each publish walks the room's subscriber array and queues
 * the same event on every connection, which returns at once (the transports send asynchronously),
 * so a slow client never holds up its room.
 */
@ApplicationScoped
public class LocalRoomEvents implements RoomEvents {

    @Inject
    RoomSubscriptions subscriptions;

    @Inject
    RoomPresence presence;

    @Override
    public void publish(String roomId, OutboundEvent event, Audience audience) {
        for (LiveConnection live : subscriptions.subscribers(roomId)) {
            if (audience.includes(live)) {
                live.send(event);
            }
        }
    }

    @Override
    public void unsubscribeUser(String roomId, String userId) {
        for (LiveConnection live : subscriptions.connectionsOf(roomId, userId)) {
            presence.leave(live, roomId);
        }
    }

    @Override
    public void unsubscribeAll(String roomId) {
        subscriptions.dropRoom(roomId);
    }
}
