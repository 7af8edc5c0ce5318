package com.arizon.chat.message.control;

/** A message was soft-deleted (committed); pushed as {@code message_deleted {roomId, messageId}}. */
public record MessageDeleted(String roomId, String messageId) {
}
