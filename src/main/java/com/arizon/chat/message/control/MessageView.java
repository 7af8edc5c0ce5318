package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.user.control.UserSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** A message as every transport shows it (the seed's message object). */
@JsonbPropertyOrder({"id", "content", "type", "senderId", "roomId", "replyToId", "isEdited", "editedAt",
    "isDeleted", "sentAt", "sender", "replyTo", "reactions", "attachments", "clientMessageId"})
public record MessageView(
        String id,
        String content,
        MessageType type,
        String senderId,
        String roomId,
        String replyToId,
        boolean isEdited,
        Instant editedAt,
        boolean isDeleted,
        Instant sentAt,
        UserSummary sender,
        ReplySummary replyTo,
        List<ReactionGroup> reactions,
        Attachments attachments,
        String clientMessageId) {
}
