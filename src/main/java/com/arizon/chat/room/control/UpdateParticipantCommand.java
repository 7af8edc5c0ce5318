package com.arizon.chat.room.control;

import com.arizon.chat.platform.api.GivenFields;
import com.arizon.chat.room.entity.ParticipantRole;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /chat/rooms/{id}/participants/{userId}}: {@code role}, and/or
 * {@code mutedUntil} (a future time; {@code null} lifts the mute).
 */
public class UpdateParticipantCommand {

    @JsonbTransient
    @Schema(hidden = true)
    private final GivenFields given = new GivenFields();

    @Schema(implementation = ParticipantRole.class)
    @Pattern(regexp = "OWNER|ADMIN|MODERATOR|MEMBER", message = "must be one of OWNER, ADMIN, MODERATOR, MEMBER")
    private String role;
    private Instant mutedUntil;

    public String role() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
        given.add("role");
    }

    public Instant mutedUntil() {
        return mutedUntil;
    }

    public void setMutedUntil(Instant mutedUntil) {
        this.mutedUntil = mutedUntil;
        given.add("mutedUntil");
    }

    /** Whether the body named the field, even as null. */
    public boolean has(String field) {
        return given.has(field);
    }

    public boolean isEmpty() {
        return given.isEmpty();
    }
}
