package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.message.entity.MessageEdit;
import com.arizon.chat.moderation.control.AuditAction;
import com.arizon.chat.moderation.control.AuditLog;
import com.arizon.chat.moderation.control.AuditTarget;
import com.arizon.chat.moderation.control.WordFilter;
import com.arizon.chat.platform.Clock;
import com.arizon.chat.platform.Ids;
import com.arizon.chat.platform.paging.PageQuery;
import com.arizon.chat.platform.paging.Pagination;
import com.arizon.chat.room.control.RoomAccess;
import com.arizon.chat.room.control.RoomContext;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.Permission;
import com.arizon.chat.security.control.RequiresPermission;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Posting and reading messages, whichever transport asks. Reads ({@code SUPPORTS}) take no
 * transaction of their own, as {@code RoomService}'s.
 */
@ApplicationScoped
@Transactional
public class MessageService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomAccess access;

    @Inject
    MessagePosting posting;

    @Inject
    RoomSendTurns sendTurns;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    MessageViews views;

    @Inject
    MessageLookup lookup;

    @Inject
    WordFilter wordFilter;

    @Inject
    AuditLog audit;

    @Inject
    Event<MessageEdited> messageEdited;

    @Inject
    Event<MessageDeleted> messageDeleted;

    /**
     * Posts a message in {@link MessagePosting}'s transaction, entered by one sender per room at a
     * time, or under load together with the sends waiting for the room ({@link RoomSendTurns}).
     * Called inside a transaction, it joins it without waiting for a turn: the caller may hold row
     * locks already, and waiting for a turn while holding them could deadlock.
     */
    @RequiresPermission(Permission.CHATS_READ)
    @Transactional(Transactional.TxType.SUPPORTS)
    public PostedMessage send(Caller caller, String roomId, @NotNull @Valid SendMessageCommand command) {
        if (transactions.getTransactionKey() != null) {
            return posting.post(caller, roomId, command);
        }
        return sendTurns.send(caller, roomId, command);
    }

    /**
     * As {@link #send}, for a caller that must not wait for the room's turn (a connection's event
     * thread): the permission and the command are checked now, and the future completes once the
     * message is committed, or with the failure that refused it.
     */
    @RequiresPermission(Permission.CHATS_READ)
    public CompletableFuture<PostedMessage> sendWithoutWaiting(Caller caller, String roomId,
            @NotNull @Valid SendMessageCommand command) {
        return sendTurns.submit(caller, roomId, command);
    }

    /**
     * Replaces the content of the caller's own message, keeping the previous version in its edit
     * history. Muted senders cannot edit; a deleted message is gone.
     */
    @RequiresPermission(Permission.CHATS_READ)
    public MessageView edit(Caller caller, String roomId, String messageId,
            @NotNull @Valid EditMessageCommand command) {
        RoomContext context = access.visibleLocked(caller, roomId);
        Participant editor = access.requireParticipant(context);
        access.requireActive(context.room());
        Message message = lookup.liveInRoom(context.room().id(), messageId);
        MessageRules.requireMayEdit(caller, message);
        access.requireNotMuted(editor);
        String content = command.content().strip();
        MessageContent.requireContent(content, message.type());
        content = wordFilter.screen(content);
        if (content.equals(message.content())) {
            return views.of(message);
        }
        Instant now = Clock.now();
        em.persist(new MessageEdit(Ids.next(), message.id(), message.content(), now));
        message.edit(content, now);
        MessageView view = views.of(message);
        messageEdited.fire(new MessageEdited(message.roomId(), view));
        return view;
    }

    /**
     * Soft-deletes a message: its sender, a room MODERATOR or higher, or chats:moderate. Content,
     * attachments, reactions and edit history go; the message keeps its place. Deleting twice is
     * harmless. Deleting someone else's message is audited.
     */
    @RequiresPermission(Permission.CHATS_READ)
    public MessageView delete(Caller caller, String roomId, String messageId) {
        RoomContext context = access.visibleLocked(caller, roomId);
        if (!MessageRules.moderates(context)) {
            access.requireParticipant(context);
        }
        access.requireActive(context.room());
        Message message = lookup.inRoom(context.room().id(), messageId);
        MessageRules.requireMayDelete(caller, message, context);
        boolean own = MessageRules.isOwn(caller, message);
        if (message.isDeleted()) {
            return views.of(message);
        }
        em.createQuery("DELETE FROM Reaction r WHERE r.messageId = :id").setParameter("id", message.id())
                .executeUpdate();
        em.createQuery("DELETE FROM MessageEdit e WHERE e.messageId = :id").setParameter("id", message.id())
                .executeUpdate();
        message.delete(caller.userId(), Clock.now());
        if (!own) {
            audit.record(caller.userId(), AuditAction.MESSAGE_DELETED,
                    AuditTarget.message(message.roomId(), message.senderId(), message.id()), null);
        }
        messageDeleted.fire(new MessageDeleted(message.roomId(), message.id()));
        return views.of(message);
    }

    /** The versions a message had before its edits, oldest first: for its sender and moderators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RequiresPermission(Permission.CHATS_READ)
    public List<MessageVersion> editHistory(Caller caller, String roomId, String messageId) {
        RoomContext context = access.visible(caller, roomId);
        if (!MessageRules.moderates(context)) {
            access.requireParticipant(context);
        }
        Message message = lookup.inRoom(context.room().id(), messageId);
        MessageRules.requireMayReadHistory(caller, message, context);
        return em.createQuery("SELECT e FROM MessageEdit e WHERE e.messageId = :id ORDER BY e.editedAt, e.id",
                        MessageEdit.class)
                .setParameter("id", message.id())
                .getResultStream()
                .map(edit -> new MessageVersion(edit.content(), edit.editedAt()))
                .toList();
    }

    /** A page (newest first, shown oldest first) or a cursor window of a room's history. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RequiresPermission(Permission.CHATS_READ)
    public MessagePage history(Caller caller, String roomId, PageQuery query) {
        RoomContext context = access.visible(caller, roomId);
        if (!caller.isAdmin()) {
            access.requireParticipant(context);
        }
        String room = context.room().id();
        if (!query.isCursor()) {
            List<Message> newestFirst = em.createQuery(
                            "SELECT m FROM Message m WHERE m.roomId = :room ORDER BY m.seq DESC", Message.class)
                    .setParameter("room", room)
                    .setFirstResult(query.page().offset())
                    .setMaxResults(query.limit() + 1)
                    .getResultList();
            return page(newestFirst, query, true);
        }
        long cursorSeq = cursorSeq(room, query.before() != null ? query.before() : query.after());
        boolean backwards = query.before() != null;
        TypedQuery<Message> window = em.createQuery("SELECT m FROM Message m WHERE m.roomId = :room AND "
                        + (backwards ? "m.seq < :seq ORDER BY m.seq DESC" : "m.seq > :seq ORDER BY m.seq ASC"),
                        Message.class)
                .setParameter("room", room)
                .setParameter("seq", cursorSeq)
                .setMaxResults(query.limit() + 1);
        return page(window.getResultList(), query, backwards);
    }

    private MessagePage page(List<Message> rows, PageQuery query, boolean newestFirst) {
        int limit = query.limit();
        boolean hasMore = rows.size() > limit;
        List<Message> shown = new ArrayList<>(hasMore ? rows.subList(0, limit) : rows);
        if (newestFirst) {
            Collections.reverse(shown);
        }
        Pagination pagination = query.isCursor() ? Pagination.cursor(limit, hasMore)
                : Pagination.paged(query.page(), hasMore);
        return new MessagePage(views.of(shown), pagination);
    }

    private long cursorSeq(String roomId, String messageId) {
        return lookup.inRoom(roomId, messageId).seq();
    }
}
