package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds a message named by a request, which must belong to the room the request names. */
@ApplicationScoped
public class MessageLookup {

    private static final int MAX_ID_LENGTH = 64;

    @PersistenceContext
    EntityManager em;

    /** The message, or {@code MESSAGE_NOT_FOUND} if it does not exist or lives in another room. */
    public Message inRoom(String roomId, String messageId) {
        Message message = messageId == null || messageId.length() > MAX_ID_LENGTH ? null
                : em.find(Message.class, messageId);
        if (message == null || !message.roomId().equals(roomId)) {
            throw new ChatException(ErrorCode.MESSAGE_NOT_FOUND, "No such message in this room");
        }
        return message;
    }

    /** As {@link #inRoom}, and not deleted: a deleted message takes no edits or reactions. */
    public Message liveInRoom(String roomId, String messageId) {
        Message message = inRoom(roomId, messageId);
        if (message.isDeleted()) {
            throw new ChatException(ErrorCode.MESSAGE_NOT_FOUND, "This message was deleted");
        }
        return message;
    }
}
