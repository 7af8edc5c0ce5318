package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.user.control.UserSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The message a reply answers, as shown above the reply. */
@JsonbPropertyOrder({"id", "content", "type", "senderId", "sender", "isDeleted"})
public record ReplySummary(String id, String content, MessageType type, String senderId, UserSummary sender,
        boolean isDeleted) {
}
