package com.arizon.chat.message.control;

/** A message's content was edited (committed); pushed as {@code message_updated {message}}. */
public record MessageEdited(String roomId, MessageView message) {
}
