package com.arizon.chat.user.entity;

import com.arizon.chat.security.control.GlobalRole;
import com.arizon.chat.security.control.UserProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person as the identity provider describes them; refreshed from the token's claims. */
@Entity
@Table(name = "users")
public class User {

    @Id
    private String id;
    private String username;
    private String email;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String avatar;
    /** Global roles, comma separated, as last seen in the token's groups claim. */
    private String roles;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected User() {
    }

    public User(UserProfile profile, Instant now) {
        this.id = profile.id();
        this.createdAt = now;
        apply(profile, now);
    }

    public final void apply(UserProfile profile, Instant now) {
        this.username = profile.username();
        this.email = profile.email();
        this.firstName = profile.firstName();
        this.lastName = profile.lastName();
        this.avatar = profile.avatar();
        this.roles = profile.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.updatedAt = now;
    }

    public UserProfile profile() {
        Set<GlobalRole> knownRoles = Arrays.stream(roles.split(","))
                .map(GlobalRole::parse)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GlobalRole.class)));
        return new UserProfile(id, username, email, firstName, lastName, avatar, knownRoles);
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String avatar() {
        return avatar;
    }
}
