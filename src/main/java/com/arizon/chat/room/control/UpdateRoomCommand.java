package com.arizon.chat.room.control;

import com.arizon.chat.platform.api.PartialUpdate;
import com.arizon.chat.platform.text.TextLength;
import com.arizon.chat.platform.validation.Range;

/**
 * The body of {@code PATCH /chat/rooms/{id}}: only the fields given change. {@code description: null}
 * removes the description; {@code name: null} is allowed for DIRECT rooms only.
 */
public class UpdateRoomCommand extends PartialUpdate {

    @TextLength(min = 1, max = 100)
    private String name;
    @TextLength(max = 1000)
    private String description;
    private Boolean isPrivate;
    @Range(min = 2, max = 10000)
    private Integer maxMembers;
    private Boolean isActive;

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        given("name");
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
        given("description");
    }

    public Boolean isPrivate() {
        return isPrivate;
    }

    public void setIsPrivate(Boolean isPrivate) {
        this.isPrivate = isPrivate;
        given("isPrivate");
    }

    public Integer maxMembers() {
        return maxMembers;
    }

    public void setMaxMembers(Integer maxMembers) {
        this.maxMembers = maxMembers;
        given("maxMembers");
    }

    public Boolean isActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
        given("isActive");
    }
}
