package com.arizon.chat.realtime.control;

/**
 * The one way pushes reach a room's subscribers, on every instance of a cluster: each call is
 * delivered to this instance's connections and carried to the other instances, each then delivering
 * to its own ({@link GridRoomEvents}), so nothing above this interface knows about the cluster.
 */
public interface RoomEvents {

    /** Delivers an event, serialised once, to the room's subscribers that the audience includes. */
    void publish(String roomId, OutboundEvent event, Audience audience);

    /** Ends a user's subscriptions to a room (they left or were removed), announcing them offline. */
    void unsubscribeUser(String roomId, String userId);

    /** Ends every subscription to a room (it was deleted). */
    void unsubscribeAll(String roomId);
}
