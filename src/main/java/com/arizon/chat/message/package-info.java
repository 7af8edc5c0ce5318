/**
 * Messages in rooms: posting (one path for REST and the real-time transports, numbered in commit
 * order under the room's row lock, sends to a room committed in groups), history pages, replies,
 * edits, deletes (who may: {@code control.MessageRules}), reactions, read receipts, and the SYSTEM
 * messages rooms announce ({@link com.arizon.chat.message.control.SystemMessages}).
 *
 * <p>Uses the platform, security, user, moderation and room.
 */
package com.arizon.chat.message;
