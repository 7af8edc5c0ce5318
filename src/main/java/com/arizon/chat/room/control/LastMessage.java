package com.arizon.chat.room.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.user.User;
import com.arizon.chat.user.UserSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** The newest message of a room, as room lists show it. */
@JsonbPropertyOrder({"id", "content", "type", "isDeleted", "sentAt", "sender"})
public record LastMessage(String id, String content, MessageType type, boolean isDeleted, Instant sentAt,
        UserSummary sender) {

    static LastMessage of(Message message, User sender) {
        return new LastMessage(message.id(), message.content(), message.type(), message.isDeleted(),
                message.sentAt(), UserSummary.of(sender));
    }
}
