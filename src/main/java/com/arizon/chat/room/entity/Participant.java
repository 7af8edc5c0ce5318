package com.arizon.chat.room.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's membership of a room: their room role, read marker and mute. */
@Entity
@Table(name = "participants")
@IdClass(RoomUserKey.class)
public class Participant {

    @Id
    @Column(name = "room_id")
    private String roomId;
    @Id
    @Column(name = "user_id")
    private String userId;
    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    @Column(name = "joined_at")
    private Instant joinedAt;
    @Column(name = "last_read_seq")
    private long lastReadSeq;
    @Column(name = "last_read_message_id")
    private String lastReadMessageId;
    @Column(name = "muted_until")
    private Instant mutedUntil;

    protected Participant() {
    }

    public Participant(String roomId, String userId, ParticipantRole role, Instant joinedAt) {
        this.roomId = roomId;
        this.userId = userId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    /** Moves the read marker forward only: a late receipt for an older message changes nothing. */
    public boolean markRead(long seq, String messageId) {
        if (seq <= lastReadSeq) {
            return false;
        }
        lastReadSeq = seq;
        lastReadMessageId = messageId;
        return true;
    }

    public boolean isMuted(Instant now) {
        return mutedUntil != null && mutedUntil.isAfter(now);
    }

    public void changeRole(ParticipantRole role) {
        this.role = role;
    }

    public void muteUntil(Instant until) {
        this.mutedUntil = until;
    }

    public String roomId() {
        return roomId;
    }

    public String userId() {
        return userId;
    }

    public ParticipantRole role() {
        return role;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public long lastReadSeq() {
        return lastReadSeq;
    }

    public String lastReadMessageId() {
        return lastReadMessageId;
    }

    public Instant mutedUntil() {
        return mutedUntil;
    }
}
