package com.arizon.chat.message.control;

import com.arizon.chat.platform.text.TextLength;

/** The optional body of {@code POST /chat/rooms/{id}/read}; without {@code messageId}, up to the latest message. */
public record ReadCommand(@TextLength(min = 1, max = 64) String messageId) {
}
