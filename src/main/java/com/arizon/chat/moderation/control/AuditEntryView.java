package com.arizon.chat.moderation.control;

import com.arizon.chat.user.control.UserSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** An audit log entry as {@code GET /api/admin/audit} shows it; {@code targetUser} may be null. */
@JsonbPropertyOrder({"id", "action", "actor", "roomId", "targetUser", "targetMessageId", "details", "createdAt"})
public record AuditEntryView(String id, AuditAction action, UserSummary actor, String roomId, UserSummary targetUser,
        String targetMessageId, String details, Instant createdAt) {
}
