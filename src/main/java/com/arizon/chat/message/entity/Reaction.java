package com.arizon.chat.message.entity;

import com.arizon.chat.platform.database.CompositeKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** One user's emoji on one message. */
@Entity
@Table(name = "reactions")
@IdClass(Reaction.Key.class)
public class Reaction {

    @Id
    @Column(name = "message_id")
    private String messageId;
    @Id
    @Column(name = "user_id")
    private String userId;
    @Id
    private String emoji;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Reaction() {
    }

    public Reaction(String messageId, String userId, String emoji, Instant createdAt) {
        this.messageId = messageId;
        this.userId = userId;
        this.emoji = emoji;
        this.createdAt = createdAt;
    }

    public String messageId() {
        return messageId;
    }

    public String userId() {
        return userId;
    }

    public String emoji() {
        return emoji;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public static class Key extends CompositeKey {
        private String messageId;
        private String userId;
        private String emoji;

        public static Key of(String messageId, String userId, String emoji) {
            Key key = new Key();
            key.messageId = messageId;
            key.userId = userId;
            key.emoji = emoji;
            return key;
        }

        @Override
        protected Object[] components() {
            return new Object[] {messageId, userId, emoji};
        }
    }
}
