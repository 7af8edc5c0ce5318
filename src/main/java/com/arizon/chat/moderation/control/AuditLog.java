package com.arizon.chat.moderation.control;

import com.arizon.chat.moderation.entity.AuditEntry;
import com.arizon.chat.platform.Clock;
import com.arizon.chat.platform.Ids;
import com.arizon.chat.security.control.GrantsEdited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.stream.Collectors;

/** Writes the audit log, in the transaction of the action it records: both commit or neither does. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    public void record(String actorId, AuditAction action, AuditTarget target, String details) {
        em.persist(new AuditEntry(Ids.next(), actorId, action.name(), target.roomId(), target.userId(),
                target.messageId(), details, Clock.now()));
    }

    void onGrantsEdited(@Observes GrantsEdited edit) {
        record(edit.actorId(), AuditAction.GRANTS_CHANGED, AuditTarget.none(), edit.role().name() + ": "
                + edit.permissions().stream().map(permission -> permission.key()).sorted()
                        .collect(Collectors.joining(", ")));
    }
}
