package com.arizon.chat.realtime.control;

import com.arizon.chat.message.control.MessageDeleted;
import com.arizon.chat.message.control.MessageEdited;
import com.arizon.chat.message.control.MessagePosted;
import com.arizon.chat.message.control.MessagesRead;
import com.arizon.chat.message.control.ReactionsChanged;
import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.room.control.MembershipChanged;
import com.arizon.chat.room.control.RoomDeleted;
import com.arizon.chat.room.control.RoomUpdated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Pushes what the services committed, whichever transport (REST included) caused it, to the
 * subscribers of the room: each event is serialised once here and handed to {@link RoomEvents}.
 * Runs after commit only, so nothing rolled back is ever announced.
 */
@ApplicationScoped
public class DomainPushes {

    @Inject
    RoomEvents events;

    @Inject
    TypingIndicators typing;

    void messagePosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted posted) {
        if (posted.message().type() != MessageType.SYSTEM) {
            typing.stop(posted.roomId(), posted.message().senderId());
        }
        events.publish(posted.roomId(), ClientEvents.newMessage(posted.message()),
                Audience.allBut(posted.originConnectionId()));
    }

    void messageEdited(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageEdited edited) {
        events.publish(edited.roomId(), ClientEvents.messageUpdated(edited.message()), Audience.everyone());
    }

    void messageDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageDeleted deleted) {
        events.publish(deleted.roomId(), ClientEvents.messageDeleted(deleted.roomId(), deleted.messageId()),
                Audience.everyone());
    }

    void reactionsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReactionsChanged changed) {
        events.publish(changed.roomId(),
                ClientEvents.reactionUpdated(changed.roomId(), changed.messageId(), changed.reactions()),
                Audience.everyone());
    }

    void messagesRead(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagesRead read) {
        events.publish(read.roomId(),
                ClientEvents.messagesRead(read.roomId(), read.userId(), read.lastReadMessageId()),
                Audience.allBut(read.originConnectionId()));
    }

    /**
     * Joins and role changes are announced; a departure (left, removed, banned) is announced to the
     * room, the departed user included, and then ends their subscriptions to it at once.
     */
    void membershipChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipChanged change) {
        String roomId = change.roomId();
        switch (change.kind()) {
            case JOINED -> events.publish(roomId, ClientEvents.participantJoined(roomId, change.participant()),
                    Audience.everyone());
            case UPDATED -> events.publish(roomId, ClientEvents.participantUpdated(roomId, change.participant()),
                    Audience.everyone());
            case LEFT, REMOVED -> {
                events.publish(roomId, ClientEvents.participantLeft(roomId, change.userId()), Audience.everyone());
                events.unsubscribeUser(roomId, change.userId());
            }
        }
    }

    void roomUpdated(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomUpdated updated) {
        events.publish(updated.room().id(), ClientEvents.roomUpdated(updated.room()), Audience.everyone());
    }

    void roomDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoomDeleted deleted) {
        events.publish(deleted.roomId(), ClientEvents.roomDeleted(deleted.roomId()), Audience.everyone());
        events.unsubscribeAll(deleted.roomId());
    }
}
