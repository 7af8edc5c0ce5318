package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.room.control.RoomAnnouncements;
import com.arizon.chat.room.entity.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The author of SYSTEM messages: what rooms announce, appended like any message and pushed after commit. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SystemMessages implements RoomAnnouncements {

    @Inject
    MessageWriter writer;

    @Override
    public Announcement announce(Room lockedRoom, String actorId, String text) {
        Message message = writer.append(lockedRoom, actorId, MessageType.SYSTEM, text, null, null, null, null)
                .message();
        return new Announcement(message.id(), message.seq());
    }
}
