package com.arizon.chat.realtime.control;

/**
 * A {@link RoomEvents} call carried to the other instances of a cluster, as a string array (a type
 * every member's grid can read without the application's classes). The event is already
 * serialised: receivers only deliver it.
 */
record RoomEventMessage(Kind kind, String roomId, String userId, OutboundEvent event, Audience audience) {

    enum Kind { PUBLISH, UNSUBSCRIBE_USER, UNSUBSCRIBE_ALL }

    static RoomEventMessage publish(String roomId, OutboundEvent event, Audience audience) {
        return new RoomEventMessage(Kind.PUBLISH, roomId, null, event, audience);
    }

    static RoomEventMessage unsubscribeUser(String roomId, String userId) {
        return new RoomEventMessage(Kind.UNSUBSCRIBE_USER, roomId, userId, null, null);
    }

    static RoomEventMessage unsubscribeAll(String roomId) {
        return new RoomEventMessage(Kind.UNSUBSCRIBE_ALL, roomId, null, null, null);
    }

    String[] toWire() {
        return switch (kind) {
            case PUBLISH -> new String[] {kind.name(), roomId, event.name(), event.dataJson(),
                    orEmpty(audience.exceptConnectionId()), orEmpty(audience.exceptUserId())};
            case UNSUBSCRIBE_USER -> new String[] {kind.name(), roomId, userId};
            case UNSUBSCRIBE_ALL -> new String[] {kind.name(), roomId};
        };
    }

    static RoomEventMessage fromWire(String[] wire) {
        Kind kind = Kind.valueOf(wire[0]);
        return switch (kind) {
            case PUBLISH -> publish(wire[1], new OutboundEvent(wire[2], wire[3]),
                    new Audience(orNull(wire[4]), orNull(wire[5])));
            case UNSUBSCRIBE_USER -> unsubscribeUser(wire[1], wire[2]);
            case UNSUBSCRIBE_ALL -> unsubscribeAll(wire[1]);
        };
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
