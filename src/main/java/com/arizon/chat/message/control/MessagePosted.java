package com.arizon.chat.message.control;

/**
 * A message was committed. {@code originConnectionId} is the real-time connection that sent it
 * (it gets {@code message_sent} instead of {@code new_message}); null when it came over REST.
 */
public record MessagePosted(String roomId, MessageView message, String originConnectionId) {
}
