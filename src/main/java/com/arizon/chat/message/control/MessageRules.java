package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.room.control.RoomContext;
import com.arizon.chat.room.entity.ParticipantRole;
import com.arizon.chat.security.control.Caller;

/**
 * Who may edit, delete or read the history of a message, once the room's own rules ({@code RoomAccess}:
 * visible, joined, active, not muted) have let the caller act in the room. A SYSTEM message is nobody's own.
 */
final class MessageRules {

    private MessageRules() {
    }

    /** A room MODERATOR or higher, by room role, {@code chats:moderate} or global admin. */
    static boolean moderates(RoomContext context) {
        return context.actsAtLeast(ParticipantRole.MODERATOR);
    }

    static boolean isOwn(Caller caller, Message message) {
        return message.type() != MessageType.SYSTEM && message.senderId().equals(caller.userId());
    }

    static void requireMayEdit(Caller caller, Message message) {
        if (!isOwn(caller, message)) {
            throw new ChatException(ErrorCode.FORBIDDEN, "Only its sender may edit a message");
        }
    }

    static void requireMayDelete(Caller caller, Message message, RoomContext context) {
        if (!isOwn(caller, message) && !moderates(context)) {
            throw new ChatException(ErrorCode.FORBIDDEN, "Only its sender or a moderator may delete a message");
        }
    }

    static void requireMayReadHistory(Caller caller, Message message, RoomContext context) {
        if (!moderates(context) && !message.senderId().equals(caller.userId())) {
            throw new ChatException(ErrorCode.FORBIDDEN, "Only its sender or a moderator may read a message's history");
        }
    }
}
