package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.message.entity.Reaction;
import com.arizon.chat.platform.Clock;
import com.arizon.chat.room.control.RoomAccess;
import com.arizon.chat.room.control.RoomContext;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.Permission;
import com.arizon.chat.security.control.RequiresPermission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A participant's emoji on a message, added or removed idempotently. Serialised on the room's row
 * lock, so a double click stores one reaction.
 */
@ApplicationScoped
@Transactional
public class ReactionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomAccess access;

    @Inject
    MessageLookup lookup;

    @Inject
    MessageViews views;

    @Inject
    Event<ReactionsChanged> reactionsChanged;

    /** Adds the caller's reaction (muted participants cannot); answers the message's reactions. */
    @RequiresPermission(Permission.CHATS_READ)
    public List<ReactionGroup> add(Caller caller, String roomId, String messageId, String emoji) {
        String validEmoji = ReactionEmoji.require(emoji);
        RoomContext context = access.visibleLocked(caller, roomId);
        Participant participant = access.requireParticipant(context);
        access.requireActive(context.room());
        access.requireNotMuted(participant);
        Message message = lookup.liveInRoom(context.room().id(), messageId);
        if (em.find(Reaction.class, Reaction.Key.of(message.id(), caller.userId(), validEmoji)) != null) {
            return views.reactionsOf(message.id());
        }
        em.persist(new Reaction(message.id(), caller.userId(), validEmoji, Clock.now()));
        em.flush();
        return changed(message);
    }

    /** Removes the caller's reaction, if any; answers the message's reactions. */
    @RequiresPermission(Permission.CHATS_READ)
    public List<ReactionGroup> remove(Caller caller, String roomId, String messageId, String emoji) {
        String validEmoji = ReactionEmoji.require(emoji);
        RoomContext context = access.visibleLocked(caller, roomId);
        access.requireParticipant(context);
        access.requireActive(context.room());
        Message message = lookup.liveInRoom(context.room().id(), messageId);
        Reaction reaction = em.find(Reaction.class, Reaction.Key.of(message.id(), caller.userId(), validEmoji));
        if (reaction == null) {
            return views.reactionsOf(message.id());
        }
        em.remove(reaction);
        em.flush();
        return changed(message);
    }

    private List<ReactionGroup> changed(Message message) {
        List<ReactionGroup> reactions = views.reactionsOf(message.id());
        reactionsChanged.fire(new ReactionsChanged(message.roomId(), message.id(), reactions));
        return reactions;
    }
}
