package com.arizon.chat.realtime.control;

/**
 * Who among a room's subscribers receives a push: everyone, everyone but one connection (the one the
 * action came from), or everyone but one user's connections.
 */
public record Audience(String exceptConnectionId, String exceptUserId) {

    private static final Audience EVERYONE = new Audience(null, null);

    public static Audience everyone() {
        return EVERYONE;
    }

    /** Everyone but the connection the action came through; everyone when {@code connectionId} is null. */
    public static Audience allBut(String connectionId) {
        return connectionId == null ? EVERYONE : new Audience(connectionId, null);
    }

    public static Audience allButUser(String userId) {
        return new Audience(null, userId);
    }

    public boolean includes(LiveConnection live) {
        return (exceptConnectionId == null || !exceptConnectionId.equals(live.id()))
                && (exceptUserId == null || !exceptUserId.equals(live.userId()));
    }
}
