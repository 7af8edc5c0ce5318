package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.platform.Clock;
import com.arizon.chat.platform.Ids;
import com.arizon.chat.room.entity.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Appends messages to a room whose row lock the caller holds, numbering them in commit order, and
 * announces each one after commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MessageWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    MessageViews views;

    @Inject
    Event<MessagePosted> posted;

    /** Stores the message and announces it; returns the row and the view announced (built once). */
    public Appended append(Room lockedRoom, String senderId, MessageType type, String content, String replyToId,
            String attachmentsJson, String clientMessageId, String originConnectionId) {
        var now = Clock.now();
        long seq = lockedRoom.nextMessageSeq(now);
        Message message = new Message(Ids.next(), lockedRoom.id(), seq, senderId, type, content, replyToId,
                attachmentsJson, clientMessageId, now);
        em.persist(message);
        MessageView view = views.ofNew(message);
        posted.fire(new MessagePosted(lockedRoom.id(), view, originConnectionId));
        return new Appended(message, view);
    }

    /** A message just appended, with the view of it that was announced. */
    public record Appended(Message message, MessageView view) {
    }
}
