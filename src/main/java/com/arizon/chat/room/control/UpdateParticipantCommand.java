package com.arizon.chat.room.control;

import com.arizon.chat.platform.api.PartialUpdate;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * The body of {@code PATCH /chat/rooms/{id}/participants/{userId}}: {@code role}, and/or
 * {@code mutedUntil} (a future time; {@code null} lifts the mute).
 */
public class UpdateParticipantCommand extends PartialUpdate {

    @Pattern(regexp = "OWNER|ADMIN|MODERATOR|MEMBER", message = "must be one of OWNER, ADMIN, MODERATOR, MEMBER")
    private String role;
    private Instant mutedUntil;

    public String role() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
        given("role");
    }

    public Instant mutedUntil() {
        return mutedUntil;
    }

    public void setMutedUntil(Instant mutedUntil) {
        this.mutedUntil = mutedUntil;
        given("mutedUntil");
    }
}
