package com.arizon.chat.room.control;

import com.arizon.chat.platform.database.ResultColumns;
import com.arizon.chat.user.control.UserSummary;
import com.arizon.chat.user.entity.User;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The newest message of a room, as room lists show it. Queries read it as columns ({@link #selected}),
 * so rooms depend on no type of the message feature; {@code type} is the message type's name.
 */
@JsonbPropertyOrder({"id", "content", "type", "isDeleted", "sentAt", "sender"})
public record LastMessage(String id, String content, @Schema(ref = "MessageType") String type, boolean isDeleted,
        Instant sentAt, UserSummary sender) {

    /** How many values {@link #selected} names. */
    private static final int COLUMNS = 5;

    /** What a query selects of message {@code m}, in the order {@link #of} reads them. */
    static String selected(String m) {
        return m + ".id, " + m + ".content, " + m + ".type, " + m + ".isDeleted, " + m + ".sentAt";
    }

    /**
     * What a native query selects of message {@code lm} and its sender {@code u}, in the order
     * {@link #of(ResultColumns)} reads them.
     */
    static final String SELECTED_COLUMNS = "lm.id, lm.content, lm.type, lm.is_deleted, lm.sent_at,"
            + " u.id, u.username, u.first_name, u.last_name, u.avatar";

    /** The message selected in {@code row} from index {@code first} on, then its sender (a User). */
    static LastMessage of(Object[] row, int first) {
        return new LastMessage((String) row[first], (String) row[first + 1], ((Enum<?>) row[first + 2]).name(),
                (Boolean) row[first + 3], (Instant) row[first + 4], UserSummary.of((User) row[first + COLUMNS]));
    }

    /** The message and sender read from the next {@link #SELECTED_COLUMNS}; none if the room has no message. */
    static LastMessage of(ResultColumns column) {
        if (column.isNull()) {
            return null;
        }
        return new LastMessage(column.string(), column.string(), column.string(), column.bool(), column.instant(),
                new UserSummary(column.string(), column.string(), column.string(), column.string(), column.string()));
    }
}
