package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.room.control.RoomAccess;
import com.arizon.chat.room.control.RoomContext;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.room.entity.Room;
import com.arizon.chat.security.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Read markers: {@code POST .../read} and the {@code mark_read} event. */
@ApplicationScoped
@Transactional
public class ReadReceipts {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomAccess access;

    @Inject
    MessageLookup lookup;

    @Inject
    Event<MessagesRead> messagesRead;

    /**
     * Moves the caller's marker up to {@code messageId} (default: the room's latest message). A
     * marker never moves back; the answer is the marker as it stands afterwards.
     */
    public ReadMarker markRead(Caller caller, String roomId, String messageId) {
        RoomContext context = access.visible(caller, roomId);
        Participant participant = access.requireParticipant(context);
        String room = context.room().id();
        Message target = messageId == null ? latest(context.room()) : lookup.inRoom(room, messageId);
        if (target != null && participant.markRead(target.seq(), target.id())) {
            messagesRead.fire(new MessagesRead(context.room().id(), caller.userId(), target.id(), caller.connectionId()));
        }
        return new ReadMarker(context.room().id(), participant.lastReadMessageId());
    }

    /**
     * The room's newest message, by the number its row keeps: a query with a row limit would be
     * prepared anew by EclipseLink on every call.
     */
    private Message latest(Room room) {
        return em.createQuery("SELECT m FROM Message m WHERE m.roomId = :room AND m.seq = :seq", Message.class)
                .setParameter("room", room.id())
                .setParameter("seq", room.lastMessageSeq())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** {@code {roomId, lastReadMessageId}}. */
    @JsonbPropertyOrder({"roomId", "lastReadMessageId"})
    public record ReadMarker(String roomId, String lastReadMessageId) {
    }
}
