package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.metrics.ChatMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@link RoomEvents} for a single instance. Each call is queued on the room's lane and returns at
 * once, so a caller may publish while it holds a room's send turn (inside the commit of the
 * transaction that caused the event) without waiting for anything: the pushes happen afterwards on
 * the fan-out threads, in the order they were published. A push walks the room's subscriber array
 * and queues the same event on every connection, which returns at once too, so a slow client never
 * holds up its room.
 */
@ApplicationScoped
public class LocalRoomEvents implements RoomEvents {

    @Inject
    RealtimeWorkers workers;

    @Inject
    RoomSubscriptions subscriptions;

    @Inject
    RoomPresence presence;

    @Inject
    ChatMetrics metrics;

    @Override
    public void publish(String roomId, OutboundEvent event, Audience audience) {
        long published = System.nanoTime();
        workers.inRoomOrder(roomId, () -> {
            int delivered = 0;
            for (LiveConnection live : subscriptions.subscribers(roomId)) {
                if (audience.includes(live) && live.send(event)) {
                    delivered++;
                }
            }
            metrics.delivered(delivered);
            metrics.pushed(System.nanoTime() - published);
        });
    }

    @Override
    public void unsubscribeUser(String roomId, String userId) {
        workers.inRoomOrder(roomId, () -> {
            for (LiveConnection live : subscriptions.connectionsOf(roomId, userId)) {
                presence.leave(live, roomId);
            }
        });
    }

    @Override
    public void unsubscribeAll(String roomId) {
        workers.inRoomOrder(roomId, () -> subscriptions.dropRoom(roomId));
    }
}
