package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.message.entity.MessageType;
import com.arizon.chat.moderation.control.WordFilter;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.json.JsonbConfiguration;
import com.arizon.chat.room.control.RoomAccess;
import com.arizon.chat.room.control.RoomContext;
import com.arizon.chat.room.entity.Participant;
import com.arizon.chat.security.control.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transaction that posts a message, for {@link MessageService#send}, which checks the caller's
 * permission and the command first. Serialised per room on the room's row lock, which also makes a
 * retried {@code clientMessageId} find the first attempt's row instead of storing a second one.
 */
@ApplicationScoped
@Transactional
public class MessagePosting {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomAccess access;

    @Inject
    MessageWriter writer;

    @Inject
    MessageViews views;

    @Inject
    WordFilter wordFilter;

    /** One send: who, where, what. */
    public record Send(Caller caller, String roomId, SendMessageCommand command) {
    }

    public PostedMessage post(Caller caller, String roomId, SendMessageCommand command) {
        return prepare(new Send(caller, roomId, command), false).write();
    }

    /**
     * Posts several sends in one transaction, in order. A send refused by a rule fails alone; every
     * check comes before any write, so a refused send has written nothing. A failure while writing
     * rolls the whole transaction back, for the caller to retry the sends one by one.
     *
     * <p>Nothing is written before the commit: the checks' queries do not read what the batch writes,
     * and flushing before each of them would write the batch one statement at a time and compare
     * every object of the transaction again for each send. So a {@code clientMessageId} sent twice
     * in one batch is recognised here, not by the replay query.
     */
    public List<BatchingTurns.Outcome<PostedMessage>> postAll(List<Send> sends) {
        em.setFlushMode(FlushModeType.COMMIT);
        List<BatchingTurns.Outcome<PostedMessage>> outcomes = new ArrayList<>(sends.size());
        Set<String> lockedRooms = new HashSet<>();
        Map<List<String>, PostedMessage> postedWithClientIds = new HashMap<>();
        for (Send send : sends) {
            List<String> clientKey = send.command().clientMessageId() == null ? null
                    : List.of(send.roomId(), send.caller().userId(), send.command().clientMessageId());
            PostedMessage earlier = clientKey == null ? null : postedWithClientIds.get(clientKey);
            if (earlier != null) {
                outcomes.add(BatchingTurns.Outcome.of(new PostedMessage(earlier.message(), false)));
                continue;
            }
            Prepared prepared;
            try {
                prepared = prepare(send, !lockedRooms.add(send.roomId()));
            } catch (ChatException refused) {
                outcomes.add(BatchingTurns.Outcome.failed(refused));
                continue;
            }
            PostedMessage posted = prepared.write();
            if (clientKey != null) {
                postedWithClientIds.put(clientKey, posted);
            }
            outcomes.add(BatchingTurns.Outcome.of(posted));
        }
        return outcomes;
    }

    /**
     * Every check of a send, under the room's row lock; nothing written yet. A room this transaction
     * has locked already is not looked up with a lock again: that would reload the row and lose the
     * counters that the sends before this one advanced.
     */
    private Prepared prepare(Send send, boolean roomLocked) {
        Caller caller = send.caller();
        SendMessageCommand command = send.command();
        RoomContext context = roomLocked ? access.visible(caller, send.roomId())
                : access.visibleLocked(caller, send.roomId());
        Participant sender = access.requireParticipant(context);
        access.requireActive(context.room());
        if (command.clientMessageId() != null) {
            List<Message> replay = em.createQuery("SELECT m FROM Message m WHERE m.roomId = :room"
                            + " AND m.senderId = :sender AND m.clientMessageId = :clientId", Message.class)
                    .setParameter("room", context.room().id())
                    .setParameter("sender", caller.userId())
                    .setParameter("clientId", command.clientMessageId())
                    .getResultList();
            if (!replay.isEmpty()) {
                PostedMessage original = new PostedMessage(views.of(replay.get(0)), false);
                return () -> original;
            }
        }
        MessageType type = command.type() == null ? MessageType.TEXT : MessageType.valueOf(command.type());
        String content = wordFilter.screen(checkRules(context, sender, type, command.content().strip(), command));
        String attachments = command.attachments() == null || command.attachments().isEmpty() ? null
                : JsonbConfiguration.jsonb().toJson(command.attachments());
        return () -> {
            MessageWriter.Appended appended = writer.append(context.room(), caller.userId(), type, content,
                    command.replyToId(), attachments, command.clientMessageId(), caller.connectionId());
            sender.markRead(appended.message().seq(), appended.message().id());
            return new PostedMessage(appended.view(), true);
        };
    }

    /** A checked send: writing it is all that is left. */
    @FunctionalInterface
    private interface Prepared {
        PostedMessage write();
    }

    /**
     * Returns the content, checked. An empty content is a shape error (contract 8.3): only a media
     * message may leave it empty, and then its attachments are what it holds. A media message with
     * content but no attachments is well-formed and refused by the rule instead.
     */
    private String checkRules(RoomContext context, Participant sender, MessageType type, String content,
            SendMessageCommand command) {
        boolean hasAttachments = command.attachments() != null && !command.attachments().isEmpty();
        MessageContent.requireContent(content, type);
        if (content.isEmpty() && !hasAttachments) {
            throw ChatException.validation("attachments", "must not be empty when the content is empty");
        }
        if (type == MessageType.SYSTEM) {
            throw new ChatException(ErrorCode.MESSAGE_SEND_FAILED, "SYSTEM messages are written by the server only");
        }
        access.requireNotMuted(sender);
        if (type.isMedia() && !hasAttachments) {
            throw new ChatException(ErrorCode.MESSAGE_SEND_FAILED, type + " messages need attachments");
        }
        if (command.replyToId() != null) {
            Message target = em.find(Message.class, command.replyToId());
            if (target == null || !target.roomId().equals(context.room().id())) {
                throw new ChatException(ErrorCode.MESSAGE_SEND_FAILED, "The reply target is not a message of this room");
            }
        }
        return content;
    }
}
