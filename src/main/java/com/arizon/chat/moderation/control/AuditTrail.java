package com.arizon.chat.moderation.control;

import com.arizon.chat.moderation.entity.AuditEntry;
import com.arizon.chat.platform.api.ChatException;
import com.arizon.chat.platform.api.ErrorCode;
import com.arizon.chat.platform.paging.PageQuery;
import com.arizon.chat.platform.paging.Pagination;
import com.arizon.chat.security.control.Caller;
import com.arizon.chat.security.control.Permission;
import com.arizon.chat.security.control.RequiresPermission;
import com.arizon.chat.user.control.UserSummary;
import com.arizon.chat.user.control.Users;
import com.arizon.chat.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the audit log, newest first: by page, or by cursor before/after an entry. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    /** {@code roomId}, when given, keeps the entries about that room. */
    @RequiresPermission(Permission.CHATS_MODERATE)
    public AuditPage read(Caller caller, PageQuery query, String roomId) {
        String filter = roomId == null ? "" : " AND a.roomId = :room";
        List<AuditEntry> rows;
        if (!query.isCursor()) {
            rows = parameters(em.createQuery("SELECT a FROM AuditEntry a WHERE 1 = 1" + filter
                    + " ORDER BY a.id DESC", AuditEntry.class), roomId)
                    .setFirstResult(query.page().offset())
                    .setMaxResults(query.limit() + 1)
                    .getResultList();
        } else {
            boolean older = query.before() != null;
            String cursor = requireEntry(older ? query.before() : query.after());
            rows = parameters(em.createQuery("SELECT a FROM AuditEntry a WHERE "
                    + (older ? "a.id < :cursor" : "a.id > :cursor") + filter
                    + (older ? " ORDER BY a.id DESC" : " ORDER BY a.id ASC"), AuditEntry.class), roomId)
                    .setParameter("cursor", cursor)
                    .setMaxResults(query.limit() + 1)
                    .getResultList();
        }
        boolean hasMore = rows.size() > query.limit();
        List<AuditEntry> shown = new ArrayList<>(hasMore ? rows.subList(0, query.limit()) : rows);
        if (query.isCursor() && query.after() != null) {
            Collections.reverse(shown);
        }
        Pagination pagination = query.isCursor() ? Pagination.cursor(query.limit(), hasMore)
                : Pagination.paged(query.page(), hasMore);
        return new AuditPage(views(shown), pagination);
    }

    private static TypedQuery<AuditEntry> parameters(TypedQuery<AuditEntry> query, String roomId) {
        return roomId == null ? query : query.setParameter("room", roomId);
    }

    private String requireEntry(String id) {
        if (id.length() > 64 || em.find(AuditEntry.class, id) == null) {
            throw new ChatException(ErrorCode.NOT_FOUND, "No such audit entry");
        }
        return id;
    }

    private List<AuditEntryView> views(List<AuditEntry> entries) {
        Set<String> userIds = new HashSet<>();
        entries.forEach(entry -> {
            userIds.add(entry.actorId());
            if (entry.targetUserId() != null) {
                userIds.add(entry.targetUserId());
            }
        });
        Map<String, UserSummary> summaries = users.findAll(userIds).stream()
                .collect(Collectors.toMap(User::id, UserSummary::of));
        return entries.stream().map(entry -> new AuditEntryView(entry.id(), AuditAction.valueOf(entry.action()),
                summary(summaries, entry.actorId()), entry.roomId(), summary(summaries, entry.targetUserId()),
                entry.targetMessageId(), entry.details(), entry.createdAt())).toList();
    }

    private static UserSummary summary(Map<String, UserSummary> summaries, String id) {
        return id == null ? null : Objects.requireNonNullElseGet(summaries.get(id), () -> UserSummary.unknown(id));
    }
}
