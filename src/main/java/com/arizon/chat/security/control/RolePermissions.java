package com.arizon.chat.security.control;

import com.arizon.chat.platform.cluster.DataGrid;
import com.arizon.chat.security.entity.RoleGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The role-permission table, cached. An edit takes effect at once on this instance and, through the
 * data grid, on the other instances of a cluster; the cache is reloaded after {@link #MAX_AGE}
 * anyway, for edits made in the database directly.
 */
@ApplicationScoped
public class RolePermissions {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    private static final String GRANTS_CHANGED_TOPIC = "arizon-chat.grants-changed";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataGrid grid;

    @Inject
    Event<GrantsChanged> grantsChanged;

    @Inject
    Event<GrantsEdited> grantsEdited;

    private volatile Snapshot snapshot;

    public Set<Permission> of(Collection<GlobalRole> roles) {
        Map<GlobalRole, Set<Permission>> grants = current();
        Set<Permission> union = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> union.addAll(grants.getOrDefault(role, Set.of())));
        return union;
    }

    public Set<Permission> of(GlobalRole role) {
        return of(Set.of(role));
    }

    @Transactional
    public Set<Permission> replace(Caller actor, GlobalRole role, Set<Permission> permissions) {
        em.createQuery("DELETE FROM RoleGrant g WHERE g.role = :role")
                .setParameter("role", role.name())
                .executeUpdate();
        permissions.forEach(permission -> em.persist(new RoleGrant(role, permission)));
        grantsChanged.fire(new GrantsChanged(role));
        grantsEdited.fire(new GrantsEdited(actor.userId(), role, permissions));
        return Set.copyOf(permissions);
    }

    /** Drops the cache once the edit is committed, so no reader can cache the old grants meanwhile. */
    void onGrantsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) GrantsChanged change) {
        snapshot = null;
        grid.signal(GRANTS_CHANGED_TOPIC);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        grid.onSignal(GRANTS_CHANGED_TOPIC, () -> snapshot = null);
    }

    record GrantsChanged(GlobalRole role) {
    }

    private Map<GlobalRole, Set<Permission>> current() {
        Snapshot local = snapshot;
        if (local == null || local.isOlderThan(MAX_AGE)) {
            local = new Snapshot(load(), System.nanoTime());
            snapshot = local;
        }
        return local.grants();
    }

    private Map<GlobalRole, Set<Permission>> load() {
        Map<GlobalRole, Set<Permission>> grants = new EnumMap<>(GlobalRole.class);
        for (GlobalRole role : GlobalRole.values()) {
            grants.put(role, EnumSet.noneOf(Permission.class));
        }
        em.createQuery("SELECT g FROM RoleGrant g", RoleGrant.class).getResultList().forEach(grant ->
                GlobalRole.parse(grant.role()).ifPresent(role ->
                        Permission.fromKey(grant.permission()).ifPresent(grants.get(role)::add)));
        return grants;
    }

    private record Snapshot(Map<GlobalRole, Set<Permission>> grants, long loadedAtNanos) {
        boolean isOlderThan(Duration age) {
            return System.nanoTime() - loadedAtNanos > age.toNanos();
        }
    }
}
