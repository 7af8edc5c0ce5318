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
import com.arizon.chat.security.Caller;
import com.arizon.chat.user.Users;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

    @Inject
    Users users;

    /** One send: who, where, what. */
    public record Send(Caller caller, String roomId, SendMessageCommand command) {
    }

    public PostedMessage post(Caller caller, String roomId, SendMessageCommand command) {
        Send send = new Send(caller, roomId, command);
        return prepare(send, access.visibleLocked(caller, roomId), earlierAttempt(send)).write();
    }

    /**
     * Posts several sends in one transaction, in order. A send refused by a rule fails alone; every
     * check comes before any write, so a refused send has written nothing. A failure while writing
     * rolls the whole transaction back, for the caller to retry the sends one by one.
     *
     * <p>The batch's rooms are locked, and its senders' memberships, profiles and earlier attempts
     * (retried {@code clientMessageId}s) read, in one statement each, not once per send.
     *
     * <p>Nothing is written before the commit: the checks' queries do not read what the batch writes,
     * and flushing before each of them would write the batch one statement at a time and compare
     * every object of the transaction again for each send. So a {@code clientMessageId} sent twice
     * in one batch is recognised here, not by the earlier attempts' query.
     */
    public List<BatchingTurns.Outcome<PostedMessage>> postAll(List<Send> sends) {
        em.setFlushMode(FlushModeType.COMMIT);
        Set<String> senderIds = sends.stream().map(send -> send.caller().userId()).collect(Collectors.toSet());
        Set<String> lockedRooms = new HashSet<>(access.lockWithMembers(
                sends.stream().map(Send::roomId).toList(), senderIds));
        users.findAll(senderIds); // the views of their messages then find the senders by key
        Map<List<String>, Message> earlierAttempts = earlierAttempts(sends, lockedRooms);
        List<BatchingTurns.Outcome<PostedMessage>> outcomes = new ArrayList<>(sends.size());
        Map<List<String>, PostedMessage> postedWithClientIds = new HashMap<>();
        for (Send send : sends) {
            List<String> clientKey = clientKey(send.roomId(), send.caller().userId(), send.command().clientMessageId());
            PostedMessage earlier = clientKey == null ? null : postedWithClientIds.get(clientKey);
            if (earlier != null) {
                outcomes.add(BatchingTurns.Outcome.of(new PostedMessage(earlier.message(), false)));
                continue;
            }
            Prepared prepared;
            try {
                RoomContext context = lockedRooms.contains(send.roomId())
                        ? access.visible(send.caller(), send.roomId())
                        : access.visibleLocked(send.caller(), send.roomId());
                lockedRooms.add(send.roomId());
                prepared = prepare(send, context, clientKey == null ? null : earlierAttempts.get(clientKey));
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

    /** The message an earlier attempt of this send stored under its {@code clientMessageId}, if any. */
    private Message earlierAttempt(Send send) {
        if (send.command().clientMessageId() == null) {
            return null;
        }
        return em.createQuery("SELECT m FROM Message m WHERE m.roomId = :room"
                        + " AND m.senderId = :sender AND m.clientMessageId = :clientId", Message.class)
                .setParameter("room", send.roomId())
                .setParameter("sender", send.caller().userId())
                .setParameter("clientId", send.command().clientMessageId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * {@link #earlierAttempt} for the sends into rooms that exist, in one query, by {@link #clientKey}.
     * The query names each (room, sender, id) triple: separate {@code IN} lists would also match the
     * many other messages whose ids happen to be among the batch's (clients number their sends). The
     * number of triples is rounded up to a power of two, repeating the last, so that a handful of
     * query texts serve every batch size instead of evicting other queries from the parse cache.
     */
    private Map<List<String>, Message> earlierAttempts(List<Send> sends, Set<String> existingRooms) {
        List<Send> retriable = sends.stream()
                .filter(send -> send.command().clientMessageId() != null && existingRooms.contains(send.roomId()))
                .toList();
        if (retriable.isEmpty()) {
            return Map.of();
        }
        int triples = Integer.highestOneBit(retriable.size() * 2 - 1);
        String anyOfThem = IntStream.range(0, triples)
                .mapToObj(i -> "(m.roomId = :room" + i + " AND m.senderId = :sender" + i
                        + " AND m.clientMessageId = :clientId" + i + ")")
                .collect(Collectors.joining(" OR "));
        TypedQuery<Message> query = em.createQuery("SELECT m FROM Message m WHERE " + anyOfThem, Message.class);
        for (int i = 0; i < triples; i++) {
            Send send = retriable.get(Math.min(i, retriable.size() - 1));
            query.setParameter("room" + i, send.roomId())
                    .setParameter("sender" + i, send.caller().userId())
                    .setParameter("clientId" + i, send.command().clientMessageId());
        }
        Map<List<String>, Message> attempts = new HashMap<>();
        query.getResultList().forEach(message -> attempts.put(
                clientKey(message.roomId(), message.senderId(), message.clientMessageId()), message));
        return attempts;
    }

    private static List<String> clientKey(String roomId, String senderId, String clientMessageId) {
        return clientMessageId == null ? null : List.of(roomId, senderId, clientMessageId);
    }

    /**
     * Every check of a send, in the room the caller may see (its row locked by this transaction);
     * nothing written yet. A send whose {@code clientMessageId} an earlier attempt stored answers
     * that attempt's message.
     */
    private Prepared prepare(Send send, RoomContext context, Message earlierAttempt) {
        Caller caller = send.caller();
        SendMessageCommand command = send.command();
        Participant sender = access.requireParticipant(context);
        access.requireActive(context.room());
        if (earlierAttempt != null) {
            PostedMessage original = new PostedMessage(views.of(earlierAttempt), false);
            return () -> original;
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
        if (content.isEmpty() && !type.isMedia()) {
            throw ChatException.validation("content", "must not be empty");
        }
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
