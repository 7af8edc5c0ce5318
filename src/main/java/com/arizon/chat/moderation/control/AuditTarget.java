package com.arizon.chat.moderation.control;

/** What a moderation action was done to: a room, and in it possibly a user or a message. */
public record AuditTarget(String roomId, String userId, String messageId) {

    public static AuditTarget room(String roomId) {
        return new AuditTarget(roomId, null, null);
    }

    public static AuditTarget user(String roomId, String userId) {
        return new AuditTarget(roomId, userId, null);
    }

    public static AuditTarget message(String roomId, String authorId, String messageId) {
        return new AuditTarget(roomId, authorId, messageId);
    }

    public static AuditTarget none() {
        return new AuditTarget(null, null, null);
    }
}
