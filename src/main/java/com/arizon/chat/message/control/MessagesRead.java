package com.arizon.chat.message.control;

/**
 * A participant's read marker moved forward (committed); others get
 * {@code messages_read {roomId, userId, lastReadMessageId}}. {@code originConnectionId} as in
 * {@link MessagePosted}.
 */
public record MessagesRead(String roomId, String userId, String lastReadMessageId, String originConnectionId) {
}
