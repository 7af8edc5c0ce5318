package com.arizon.chat.realtime.control;

/**
 * The one way pushes reach a room's subscribers. The local implementation delivers to this
 * instance's connections; a cluster implementation would carry the same three calls to every
 * instance (each then delivering locally), so nothing above this interface changes.
 */
public interface RoomEvents {

    /** Delivers an event, serialised once, to the room's subscribers that the audience includes. */
    void publish(String roomId, OutboundEvent event, Audience audience);

    /** Ends a user's subscriptions to a room (they left or were removed), announcing them offline. */
    void unsubscribeUser(String roomId, String userId);

    /** Ends every subscription to a room (it was deleted). */
    void unsubscribeAll(String roomId);
}
