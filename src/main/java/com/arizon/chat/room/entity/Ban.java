package com.arizon.chat.room.entity;

import com.arizon.chat.platform.database.CompositeKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user barred from (re-)joining a room, for good or until a time. */
@Entity
@Table(name = "bans")
@IdClass(Ban.Key.class)
public class Ban {

    @Id
    @Column(name = "room_id")
    private String roomId;
    @Id
    @Column(name = "user_id")
    private String userId;
    private String reason;
    private Instant until;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Ban() {
    }

    public Ban(String roomId, String userId, String reason, Instant until, String createdBy, Instant createdAt) {
        this.roomId = roomId;
        this.userId = userId;
        this.reason = reason;
        this.until = until;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Banning again replaces the reason and the end, and counts from now. */
    public void renew(String reason, Instant until, String createdBy, Instant now) {
        this.reason = reason;
        this.until = until;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isInForce(Instant now) {
        return until == null || until.isAfter(now);
    }

    public String roomId() {
        return roomId;
    }

    public String userId() {
        return userId;
    }

    public String reason() {
        return reason;
    }

    public Instant until() {
        return until;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public static class Key extends CompositeKey {
        private String roomId;
        private String userId;

        public static Key of(String roomId, String userId) {
            Key key = new Key();
            key.roomId = roomId;
            key.userId = userId;
            return key;
        }

        @Override
        protected Object[] components() {
            return new Object[] {roomId, userId};
        }
    }
}
