package com.arizon.chat.message.control;

import com.arizon.chat.message.entity.Message;
import com.arizon.chat.message.entity.Reaction;
import com.arizon.chat.platform.json.JsonbConfiguration;
import com.arizon.chat.user.control.UserSummary;
import com.arizon.chat.user.control.Users;
import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns message rows into {@link MessageView}s with senders, reply summaries and reactions, in a
 * fixed number of queries however many messages there are.
 */
@ApplicationScoped
public class MessageViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    public MessageView of(Message message) {
        return of(List.of(message)).get(0);
    }

    public List<MessageView> of(List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        return of(messages, reactionsOf(messages.stream().map(Message::id).toList()));
    }

    /** The view of a message stored just now, which nobody can have reacted to yet. */
    public MessageView ofNew(Message message) {
        return of(List.of(message), Map.of()).get(0);
    }

    private List<MessageView> of(List<Message> messages, Map<String, List<ReactionGroup>> reactions) {
        Map<String, Message> replyTargets = replyTargets(messages);
        Set<String> userIds = new HashSet<>();
        messages.forEach(message -> userIds.add(message.senderId()));
        replyTargets.values().forEach(target -> userIds.add(target.senderId()));
        Map<String, UserSummary> senders = users.findAll(userIds).stream()
                .collect(Collectors.toMap(User::id, UserSummary::of));

        List<MessageView> views = new ArrayList<>(messages.size());
        for (Message message : messages) {
            Message target = message.replyToId() == null ? null : replyTargets.get(message.replyToId());
            views.add(view(message, senders, target, reactions.getOrDefault(message.id(), List.of())));
        }
        return views;
    }

    public List<ReactionGroup> reactionsOf(String messageId) {
        return reactionsOf(List.of(messageId)).getOrDefault(messageId, List.of());
    }

    private MessageView view(Message message, Map<String, UserSummary> senders, Message replyTarget,
            List<ReactionGroup> reactions) {
        ReplySummary replyTo = replyTarget == null ? null : new ReplySummary(replyTarget.id(),
                replyTarget.content(), replyTarget.type(), replyTarget.senderId(),
                sender(senders, replyTarget.senderId()), replyTarget.isDeleted());
        return new MessageView(message.id(), message.content(), message.type(), message.senderId(),
                message.roomId(), message.replyToId(), message.isEdited(), message.editedAt(), message.isDeleted(),
                message.sentAt(), sender(senders, message.senderId()), replyTo,
                message.isDeleted() ? List.of() : reactions, attachments(message), message.clientMessageId());
    }

    private static UserSummary sender(Map<String, UserSummary> senders, String id) {
        return senders.getOrDefault(id, UserSummary.unknown(id));
    }

    private static Attachments attachments(Message message) {
        return message.attachments() == null ? null
                : JsonbConfiguration.jsonb().fromJson(message.attachments(), Attachments.class);
    }

    private Map<String, Message> replyTargets(List<Message> messages) {
        Set<String> ids = messages.stream().map(Message::replyToId).filter(id -> id != null)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m FROM Message m WHERE m.id IN :ids", Message.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Message::id, Function.identity()));
    }

    private Map<String, List<ReactionGroup>> reactionsOf(Collection<String> messageIds) {
        List<Reaction> rows = em.createQuery(
                        "SELECT r FROM Reaction r WHERE r.messageId IN :ids ORDER BY r.createdAt, r.userId",
                        Reaction.class)
                .setParameter("ids", messageIds)
                .getResultList();
        Map<String, Map<String, List<String>>> byMessage = new LinkedHashMap<>();
        for (Reaction reaction : rows) {
            byMessage.computeIfAbsent(reaction.messageId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(reaction.emoji(), emoji -> new ArrayList<>())
                    .add(reaction.userId());
        }
        Map<String, List<ReactionGroup>> groups = new LinkedHashMap<>();
        byMessage.forEach((messageId, byEmoji) -> groups.put(messageId, byEmoji.entrySet().stream()
                .map(entry -> new ReactionGroup(entry.getKey(), entry.getValue().size(), entry.getValue()))
                .toList()));
        return groups;
    }
}
