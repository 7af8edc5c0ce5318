package com.arizon.chat.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live real-time connections of this instance, by id and, once signed in, per user (a user may
 * have several devices, up to a limit). A user with a signed-in connection is online
 * ({@link ClusterPresence} adds the other instances of a cluster).
 */
@ApplicationScoped
public class ConnectionRegistry {

    private final Map<String, LiveConnection> byId = new ConcurrentHashMap<>();
    private final Map<String, Set<LiveConnection>> byUser = new ConcurrentHashMap<>();

    void opened(LiveConnection live) {
        byId.put(live.id(), live);
    }

    public Optional<LiveConnection> find(String connectionId) {
        return Optional.ofNullable(byId.get(connectionId));
    }

    /**
     * Counts the connection as one of the user's, unless they already hold {@code maxPerUser}
     * connections (then false, and nothing changes). Called holding the connection's monitor, so
     * that it cannot race with {@link #remove}.
     */
    boolean signIn(LiveConnection live, String userId, int maxPerUser) {
        boolean[] admitted = {false};
        byUser.compute(userId, (id, connections) -> {
            Set<LiveConnection> set = connections == null ? ConcurrentHashMap.newKeySet() : connections;
            if (set.contains(live) || set.size() < maxPerUser) {
                set.add(live);
                admitted[0] = true;
            }
            return set.isEmpty() ? null : set;
        });
        return admitted[0];
    }

    /** Forgets a connection that was {@linkplain LiveConnection#close() closed}; returns it the first time only. */
    Optional<LiveConnection> remove(String connectionId) {
        LiveConnection live = byId.remove(connectionId);
        if (live == null) {
            return Optional.empty();
        }
        String userId = live.userId();
        if (userId != null) {
            byUser.computeIfPresent(userId, (id, connections) -> {
                connections.remove(live);
                return connections.isEmpty() ? null : connections;
            });
        }
        return Optional.of(live);
    }

    public List<LiveConnection> connectionsOf(String userId) {
        Set<LiveConnection> connections = byUser.get(userId);
        return connections == null ? List.of() : List.copyOf(connections);
    }

    public int size() {
        return byId.size();
    }

    /** The live connections, as a view that follows opens and closes (read by the metrics). */
    Collection<LiveConnection> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** Users with at least one signed-in connection here. */
    int usersOnline() {
        return byUser.size();
    }

    /** Whether the user has a signed-in connection on this instance. */
    public boolean isOnline(String userId) {
        return byUser.containsKey(userId);
    }
}
