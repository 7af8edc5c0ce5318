package com.arizon.chat.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One moderation action. Ids are time-ordered (UUIDv7), so ordering by id is ordering by time; the
 * log has no foreign keys, so it outlives the rooms, messages and memberships it names.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    private String id;
    @Column(name = "actor_id")
    private String actorId;
    private String action;
    @Column(name = "room_id")
    private String roomId;
    @Column(name = "target_user_id")
    private String targetUserId;
    @Column(name = "target_message_id")
    private String targetMessageId;
    private String details;
    @Column(name = "created_at")
    private Instant createdAt;

    protected AuditEntry() {
    }

    public AuditEntry(String id, String actorId, String action, String roomId, String targetUserId,
            String targetMessageId, String details, Instant createdAt) {
        this.id = id;
        this.actorId = actorId;
        this.action = action;
        this.roomId = roomId;
        this.targetUserId = targetUserId;
        this.targetMessageId = targetMessageId;
        this.details = details;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String actorId() {
        return actorId;
    }

    public String action() {
        return action;
    }

    public String roomId() {
        return roomId;
    }

    public String targetUserId() {
        return targetUserId;
    }

    public String targetMessageId() {
        return targetMessageId;
    }

    public String details() {
        return details;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
