package com.arizon.chat.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message in a room. {@code seq} numbers a room's messages in commit order; pages and cursors
 * follow it, so concurrent posts can neither be skipped nor seen twice.
 */
@Entity
@Table(name = "messages")
public class Message {

    @Id
    private String id;
    @Column(name = "room_id")
    private String roomId;
    private long seq;
    @Column(name = "sender_id")
    private String senderId;
    @Enumerated(EnumType.STRING)
    private MessageType type;
    private String content;
    @Column(name = "reply_to_id")
    private String replyToId;
    /** The attachments object as JSON text, exactly as accepted. */
    private String attachments;
    @Column(name = "is_edited")
    private boolean isEdited;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Column(name = "is_deleted")
    private boolean isDeleted;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "deleted_by")
    private String deletedBy;
    @Column(name = "client_message_id")
    private String clientMessageId;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected Message() {
    }

    public Message(String id, String roomId, long seq, String senderId, MessageType type, String content,
            String replyToId, String attachments, String clientMessageId, Instant sentAt) {
        this.id = id;
        this.roomId = roomId;
        this.seq = seq;
        this.senderId = senderId;
        this.type = type;
        this.content = content;
        this.replyToId = replyToId;
        this.attachments = attachments;
        this.clientMessageId = clientMessageId;
        this.sentAt = sentAt;
    }

    public void edit(String newContent, Instant now) {
        this.content = newContent;
        this.isEdited = true;
        this.editedAt = now;
    }

    /** Soft delete: the message keeps its place in history, its content is gone. */
    public void delete(String byUserId, Instant now) {
        this.isDeleted = true;
        this.deletedAt = now;
        this.deletedBy = byUserId;
        this.content = "";
        this.attachments = null;
    }

    public String id() {
        return id;
    }

    public String roomId() {
        return roomId;
    }

    public long seq() {
        return seq;
    }

    public String senderId() {
        return senderId;
    }

    public MessageType type() {
        return type;
    }

    public String content() {
        return content;
    }

    public String replyToId() {
        return replyToId;
    }

    public String attachments() {
        return attachments;
    }

    public boolean isEdited() {
        return isEdited;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return isDeleted;
    }

    public String clientMessageId() {
        return clientMessageId;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
