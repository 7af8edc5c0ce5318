package com.arizon.chat.room.control;

import com.arizon.chat.platform.text.PlainText;
import com.arizon.chat.platform.text.TextLength;
import com.arizon.chat.platform.validation.Items;
import com.arizon.chat.platform.validation.Range;
import com.arizon.chat.room.entity.RoomType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /chat/rooms}. */
public record CreateRoomCommand(
        @TextLength(min = 1, max = 100) @PlainText String name,
        @TextLength(max = 1000) @PlainText String description,
        @Schema(implementation = RoomType.class) @NotNull @Pattern(regexp = "DIRECT|GROUP|CHANNEL|SUPPORT",
                message = "must be one of DIRECT, GROUP, CHANNEL, SUPPORT") String type,
        Boolean isPrivate,
        @Schema(minimum = "2", maximum = "10000", defaultValue = "100") @Range(min = 2, max = 10000) Integer maxMembers,
        @Items(max = 10000) List<@NotNull @TextLength(min = 1, max = 128) String> participantIds) {

    public static final int DEFAULT_MAX_MEMBERS = 100;
}
