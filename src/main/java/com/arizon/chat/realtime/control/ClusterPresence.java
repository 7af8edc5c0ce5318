package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.cluster.DataGrid;
import com.arizon.chat.user.control.Presence;
import com.arizon.chat.user.control.UserSummary;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.multimap.MultiMap;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Who is online, over the whole cluster: a user's connections (for {@link Presence} and the
 * per-user connection limit) and which users are in which room (for {@code user_online},
 * {@code user_offline} and {@code room_users_update}).
 * <p>
 * On a single instance this is what {@link ConnectionRegistry} and {@link RoomSubscriptions} know,
 * answered at once. On a data grid it is two Hazelcast multimaps, each entry naming the instance
 * that holds the connection: user to connections, room to users. Room changes are made in order on
 * one thread of their own, and their outcome is handed to a callback there, so no caller waits for
 * the grid and none holds a lock meanwhile. When an instance leaves the grid (stopped, killed,
 * cut off) the oldest remaining instance removes its entries and announces its users offline where
 * they have no other connection.
 */
@ApplicationScoped
public class ClusterPresence implements Presence {

    private static final Logger LOG = Logger.getLogger(ClusterPresence.class.getName());
    private static final String CONNECTIONS = "arizon-chat.connections";
    private static final String ROOM_USERS = "arizon-chat.room-users";

    @Inject
    DataGrid grid;

    @Inject
    ConnectionRegistry registry;

    @Inject
    RoomSubscriptions subscriptions;

    @Inject
    RoomPresence roomPresence;

    /** Set once at start-up on a data grid; null on a single instance. */
    private volatile Grid shared;

    /** Who is on the grid, and this instance's own room entries, to remove exactly what it added. */
    private record Grid(HazelcastInstance hazelcast, String member, MultiMap<String, String> connections,
            MultiMap<String, String> roomUsers, ExecutorService lane, UUID membershipListener) {
    }

    /**
     * A user in a room on one instance, as stored in the grid: its fields separated by tabs, which
     * none of them may hold (identifiers, names and addresses with control characters are refused
     * at sign-in), a null field as NUL.
     */
    record RoomEntry(String member, String email, UserSummary user) {

        private static final String NULL = "\u0000";

        String encoded() {
            return String.join("\t", Stream.of(member, email, user.id(), user.username(), user.firstName(),
                    user.lastName(), user.avatar()).map(field -> field == null ? NULL : field).toList());
        }

        static RoomEntry decoded(String encoded) {
            String[] fields = Stream.of(encoded.split("\t", -1)).map(field -> NULL.equals(field) ? null : field)
                    .toArray(String[]::new);
            return new RoomEntry(fields[0], fields[1],
                    new UserSummary(fields[2], fields[3], fields[4], fields[5], fields[6]));
        }
    }

    private final Map<String, String> ownRoomEntries = new ConcurrentHashMap<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!grid.clustered()) {
            return;
        }
        HazelcastInstance hazelcast = grid.hazelcast();
        ExecutorService lane = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "chat-cluster-presence");
            thread.setDaemon(true);
            return thread;
        });
        UUID listener = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // a newcomer starts with no connections
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                inOrder(() -> forget(event.getMember()));
            }
        });
        shared = new Grid(hazelcast, hazelcast.getCluster().getLocalMember().getUuid().toString(),
                hazelcast.getMultiMap(CONNECTIONS), hazelcast.getMultiMap(ROOM_USERS), lane, listener);
    }

    @PreDestroy
    void stop() {
        Grid current = shared;
        if (current != null) {
            shared = null;
            current.hazelcast().getCluster().removeMembershipListener(current.membershipListener());
            current.lane().shutdown();
        }
    }

    @Override
    public boolean isOnline(String userId) {
        if (registry.isOnline(userId)) {
            return true;
        }
        Grid current = shared;
        return current != null && current.connections().containsKey(userId);
    }

    /**
     * Counts a connection as one of the user's on the whole cluster unless they already hold
     * {@code limit} there; always true on a single instance, where {@link ConnectionRegistry} counts.
     */
    boolean reserveConnection(String userId, String connectionId, int limit) {
        Grid current = shared;
        if (current == null) {
            return true;
        }
        MultiMap<String, String> connections = current.connections();
        connections.lock(userId);
        try {
            if (connections.valueCount(userId) >= limit) {
                return false;
            }
            connections.put(userId, connectionEntry(current, connectionId));
            return true;
        } finally {
            connections.unlock(userId);
        }
    }

    /** Gives back what {@link #reserveConnection} counted. */
    void releaseConnection(String userId, String connectionId) {
        Grid current = shared;
        if (current != null) {
            current.connections().remove(userId, connectionEntry(current, connectionId));
        }
    }

    /**
     * The user's first connection on this instance entered the room: {@code firstInRoom} learns
     * whether they were in it on no other instance.
     */
    void entered(String roomId, LiveConnection live, Consumer<Boolean> firstInRoom) {
        Grid current = shared;
        if (current == null) {
            firstInRoom.accept(true);
            return;
        }
        String userId = live.userId();
        String entry = new RoomEntry(current.member(), live.profile().email(), live.user()).encoded();
        inOrder(() -> {
            ownRoomEntries.put(roomKey(roomId, userId), entry);
            boolean elsewhere = entries(current, roomId).stream()
                    .anyMatch(other -> userId.equals(other.user().id()));
            current.roomUsers().put(roomId, entry);
            firstInRoom.accept(!elsewhere);
        });
    }

    /** The user's last connection on this instance left the room: {@code lastInRoom} learns whether it was their last anywhere. */
    void left(String roomId, String userId, Consumer<Boolean> lastInRoom) {
        Grid current = shared;
        if (current == null) {
            lastInRoom.accept(true);
            return;
        }
        inOrder(() -> {
            String entry = ownRoomEntries.remove(roomKey(roomId, userId));
            if (entry != null) {
                current.roomUsers().remove(roomId, entry);
            }
            lastInRoom.accept(entries(current, roomId).stream().noneMatch(other -> userId.equals(other.user().id())));
        });
    }

    /** The users online in the room, on every instance, by username. */
    void onlineUsers(String roomId, Consumer<List<UserSummary>> users) {
        Grid current = shared;
        if (current == null) {
            users.accept(subscriptions.onlineUsers(roomId));
            return;
        }
        inOrder(() -> {
            Map<String, UserSummary> distinct = new LinkedHashMap<>();
            entries(current, roomId).forEach(entry -> distinct.putIfAbsent(entry.user().id(), entry.user()));
            List<UserSummary> sorted = new ArrayList<>(distinct.values());
            sorted.sort(RoomSubscriptions.BY_USERNAME);
            users.accept(sorted);
        });
    }

    /** An instance left the grid: the oldest remaining one removes its entries and announces who went offline. */
    private void forget(Member gone) {
        Grid current = shared;
        if (current == null || !current.hazelcast().getCluster().getMembers().iterator().next().localMember()) {
            return;
        }
        String goneMember = gone.getUuid().toString();
        for (Map.Entry<String, String> connection : current.connections().entrySet()) {
            if (connection.getValue().endsWith(" " + goneMember)) {
                current.connections().remove(connection.getKey(), connection.getValue());
            }
        }
        Map<String, List<RoomEntry>> departed = new LinkedHashMap<>();
        for (Map.Entry<String, String> stored : current.roomUsers().entrySet()) {
            RoomEntry entry = RoomEntry.decoded(stored.getValue());
            if (goneMember.equals(entry.member())) {
                current.roomUsers().remove(stored.getKey(), stored.getValue());
                departed.computeIfAbsent(stored.getKey(), room -> new ArrayList<>()).add(entry);
            }
        }
        departed.forEach((roomId, entries) -> {
            Set<String> stillThere = new java.util.HashSet<>();
            entries(current, roomId).forEach(entry -> stillThere.add(entry.user().id()));
            entries.stream().filter(entry -> !stillThere.contains(entry.user().id()))
                    .forEach(entry -> roomPresence.wentOffline(roomId, entry.user().id(), entry.email()));
        });
        LOG.info(() -> "Instance " + goneMember + " left the cluster; its users left " + departed.size() + " rooms");
    }

    private static Collection<RoomEntry> entries(Grid current, String roomId) {
        return current.roomUsers().get(roomId).stream().map(RoomEntry::decoded).toList();
    }

    private void inOrder(Runnable task) {
        Grid current = shared;
        if (current == null) {
            return;
        }
        try {
            current.lane().execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Cluster presence update failed", e);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            LOG.fine("Cluster presence stopped; update dropped");
        }
    }

    private static String connectionEntry(Grid current, String connectionId) {
        return connectionId + " " + current.member();
    }

    private static String roomKey(String roomId, String userId) {
        return roomId + " " + userId;
    }
}
