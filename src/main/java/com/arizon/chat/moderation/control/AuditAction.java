package com.arizon.chat.moderation.control;

/** The moderation actions the audit log records. */
public enum AuditAction {
    /** Someone deleted another user's message. */
    MESSAGE_DELETED,
    PARTICIPANT_MUTED,
    PARTICIPANT_UNMUTED,
    /** A participant was kicked. */
    PARTICIPANT_REMOVED,
    PARTICIPANT_BANNED,
    BAN_LIFTED,
    ROLE_CHANGED,
    ROOM_UPDATED,
    ROOM_DELETED,
    /** A global role's permissions were replaced. */
    GRANTS_CHANGED
}
