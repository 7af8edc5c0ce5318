package com.arizon.chat.message.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of a message's content as it was before an edit. */
@Entity
@Table(name = "message_edits")
public class MessageEdit {

    @Id
    private String id;
    @Column(name = "message_id")
    private String messageId;
    private String content;
    @Column(name = "edited_at")
    private Instant editedAt;

    protected MessageEdit() {
    }

    public MessageEdit(String id, String messageId, String content, Instant editedAt) {
        this.id = id;
        this.messageId = messageId;
        this.content = content;
        this.editedAt = editedAt;
    }

    public String messageId() {
        return messageId;
    }

    public String content() {
        return content;
    }

    public Instant editedAt() {
        return editedAt;
    }
}
