package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.platform.api.ChatException;

/** The content rule shared by new messages and edits (contract 8.3). */
final class MessageContent {

    private MessageContent() {
    }

    /** Content, stripped, may be empty only in a media message, whose attachments are then what it holds. */
    static void requireContent(String strippedContent, MessageType type) {
        if (strippedContent.isEmpty() && !type.isMedia()) {
            throw ChatException.validation("content", "must not be empty");
        }
    }
}
