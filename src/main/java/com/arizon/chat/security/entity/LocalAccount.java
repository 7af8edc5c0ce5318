package com.arizon.chat.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Credentials for the built-in issuer. External identities never have one. */
@Entity
@Table(name = "local_accounts")
public class LocalAccount {

    @Id
    @Column(name = "user_id")
    private String userId;
    private String username;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "created_at")
    private Instant createdAt;

    protected LocalAccount() {
    }

    public LocalAccount(String userId, String username, String email, String passwordHash, Instant createdAt) {
        this.userId = userId;
        this.username = username;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public String userId() {
        return userId;
    }

    public String passwordHash() {
        return passwordHash;
    }
}
