package com.arizon.chat.room.control;

/**
 * Someone joined, left, was changed or was removed from a room (committed). {@code participant} is
 * null for departures.
 */
public record MembershipChanged(String roomId, String userId, Kind kind, ParticipantView participant) {

    public enum Kind {
        JOINED, LEFT, UPDATED, REMOVED
    }
}
