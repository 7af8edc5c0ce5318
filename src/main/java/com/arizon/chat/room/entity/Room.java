package com.arizon.chat.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat room. Its row is also the lock that numbers its messages and admits its members. */
@Entity
@Table(name = "rooms")
public class Room {

    @Id
    private String id;
    private String name;
    private String description;
    @Enumerated(EnumType.STRING)
    private RoomType type;
    @Column(name = "is_private")
    private boolean isPrivate;
    @Column(name = "max_members")
    private int maxMembers;
    @Column(name = "is_active")
    private boolean isActive;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;
    @Column(name = "last_message_seq")
    private long lastMessageSeq;
    @Column(name = "direct_key")
    private String directKey;

    protected Room() {
    }

    public Room(String id, String name, String description, RoomType type, boolean isPrivate, int maxMembers,
            String createdBy, String directKey, Instant now) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.type = type;
        this.isPrivate = isPrivate;
        this.maxMembers = maxMembers;
        this.isActive = true;
        this.createdBy = createdBy;
        this.directKey = directKey;
        this.createdAt = now;
        this.updatedAt = now;
        this.lastActivityAt = now;
    }

    /** Reserves the next message number; the caller holds this row's lock. */
    public long nextMessageSeq(Instant now) {
        lastMessageSeq++;
        lastActivityAt = now;
        return lastMessageSeq;
    }

    public void rename(String name, Instant now) {
        this.name = name;
        this.updatedAt = now;
    }

    public void describe(String description, Instant now) {
        this.description = description;
        this.updatedAt = now;
    }

    public void setPrivate(boolean isPrivate, Instant now) {
        this.isPrivate = isPrivate;
        this.updatedAt = now;
    }

    public void setMaxMembers(int maxMembers, Instant now) {
        this.maxMembers = maxMembers;
        this.updatedAt = now;
    }

    public void setActive(boolean isActive, Instant now) {
        this.isActive = isActive;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public RoomType type() {
        return type;
    }

    public boolean isPrivate() {
        return isPrivate;
    }

    public int maxMembers() {
        return maxMembers;
    }

    public boolean isActive() {
        return isActive;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public long lastMessageSeq() {
        return lastMessageSeq;
    }

    public String directKey() {
        return directKey;
    }
}
