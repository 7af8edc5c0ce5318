package com.arizon.chat.room.control;

import com.arizon.chat.platform.api.GivenFields;
import com.arizon.chat.platform.text.PlainText;
import com.arizon.chat.platform.text.TextLength;
import com.arizon.chat.platform.validation.Range;
import jakarta.json.bind.annotation.JsonbTransient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /chat/rooms/{id}}: only the fields given change. {@code description: null}
 * removes the description; {@code name: null} is allowed for DIRECT rooms only.
 */
public class UpdateRoomCommand {

    @JsonbTransient
    @Schema(hidden = true)
    private final GivenFields given = new GivenFields();

    @TextLength(min = 1, max = 100)
    @PlainText
    private String name;
    @TextLength(max = 1000)
    @PlainText
    private String description;
    private Boolean isPrivate;
    @Schema(minimum = "2", maximum = "10000")
    @Range(min = 2, max = 10000)
    private Integer maxMembers;
    private Boolean isActive;

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        given.add("name");
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
        given.add("description");
    }

    public Boolean isPrivate() {
        return isPrivate;
    }

    public void setIsPrivate(Boolean isPrivate) {
        this.isPrivate = isPrivate;
        given.add("isPrivate");
    }

    public Integer maxMembers() {
        return maxMembers;
    }

    public void setMaxMembers(Integer maxMembers) {
        this.maxMembers = maxMembers;
        given.add("maxMembers");
    }

    public Boolean isActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
        given.add("isActive");
    }

    /** Whether the body named the field, even as null. */
    public boolean has(String field) {
        return given.has(field);
    }

    public boolean isEmpty() {
        return given.isEmpty();
    }
}
