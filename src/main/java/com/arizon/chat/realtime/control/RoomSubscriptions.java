package com.arizon.chat.realtime.control;

import com.arizon.chat.user.control.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which live connections of this instance are subscribed to which rooms. Broadcasting reads an
 * immutable array per room without locking; subscribing and unsubscribing replace it under the
 * room's monitor (and the connection's, so a closing connection cannot be subscribed behind its back).
 */
@ApplicationScoped
public class RoomSubscriptions {

    /** What a subscription change meant for the user's presence in the room. */
    public enum Change {
        /** Nothing changed: already subscribed (or the connection is closed), or not subscribed. */
        NONE,
        /** The user's first connection in the room. */
        FIRST_OF_USER,
        /** The user had another connection in the room already, or still has one. */
        OTHER_OF_USER,
        /** The user's last connection left the room. */
        LAST_OF_USER
    }

    /** The order of {@code room_users_update}'s list. */
    static final Comparator<UserSummary> BY_USERNAME = Comparator
            .comparing(UserSummary::username, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(UserSummary::id);

    private static final LiveConnection[] NONE = new LiveConnection[0];

    private final Map<String, Subscribers> rooms = new ConcurrentHashMap<>();

    public Change subscribe(LiveConnection live, String roomId) {
        synchronized (live) {
            if (!live.addRoom(roomId)) {
                return Change.NONE;
            }
            while (true) {
                Subscribers room = rooms.computeIfAbsent(roomId, id -> new Subscribers());
                synchronized (room) {
                    if (room.removed) {
                        continue; // emptied and dropped meanwhile: take the fresh one
                    }
                    return room.add(live);
                }
            }
        }
    }

    public Change unsubscribe(LiveConnection live, String roomId) {
        synchronized (live) {
            if (!live.removeRoom(roomId)) {
                return Change.NONE;
            }
            Subscribers room = rooms.get(roomId);
            if (room == null) {
                return Change.NONE;
            }
            synchronized (room) {
                Change change = room.remove(live);
                if (room.members.length == 0) {
                    room.removed = true;
                    rooms.remove(roomId, room);
                }
                return change;
            }
        }
    }

    /** The connections subscribed to a room, as an array that is never modified afterwards. */
    public LiveConnection[] subscribers(String roomId) {
        Subscribers room = rooms.get(roomId);
        return room == null ? NONE : room.members;
    }

    /** How many rooms have at least one subscribed connection here. */
    int roomsWithSubscribers() {
        return rooms.size();
    }

    /** A user's connections subscribed to a room. */
    public List<LiveConnection> connectionsOf(String roomId, String userId) {
        return Arrays.stream(subscribers(roomId)).filter(live -> userId.equals(live.userId())).toList();
    }

    /** The distinct users with a connection subscribed to the room, by username. */
    public List<UserSummary> onlineUsers(String roomId) {
        Map<String, UserSummary> users = new LinkedHashMap<>();
        for (LiveConnection live : subscribers(roomId)) {
            users.putIfAbsent(live.userId(), live.user());
        }
        List<UserSummary> sorted = new ArrayList<>(users.values());
        sorted.sort(BY_USERNAME);
        return sorted;
    }

    /** Forgets a room altogether (it was deleted); returns the connections that were subscribed. */
    public LiveConnection[] dropRoom(String roomId) {
        Subscribers room = rooms.get(roomId);
        if (room == null) {
            return NONE;
        }
        LiveConnection[] members = room.members;
        for (LiveConnection live : members) {
            unsubscribe(live, roomId);
        }
        return members;
    }

    /** One room's subscribers; guarded by its own monitor, except for reads of {@code members}. */
    private static final class Subscribers {

        private volatile LiveConnection[] members = NONE;
        private final Map<String, Integer> connectionsPerUser = new HashMap<>();
        private boolean removed;

        Change add(LiveConnection live) {
            LiveConnection[] grown = Arrays.copyOf(members, members.length + 1);
            grown[grown.length - 1] = live;
            members = grown;
            int count = connectionsPerUser.merge(live.userId(), 1, Integer::sum);
            return count == 1 ? Change.FIRST_OF_USER : Change.OTHER_OF_USER;
        }

        Change remove(LiveConnection live) {
            LiveConnection[] current = members;
            int index = -1;
            for (int i = 0; i < current.length; i++) {
                if (current[i] == live) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                return Change.NONE;
            }
            LiveConnection[] shrunk = new LiveConnection[current.length - 1];
            System.arraycopy(current, 0, shrunk, 0, index);
            System.arraycopy(current, index + 1, shrunk, index, current.length - index - 1);
            members = shrunk;
            Integer left = connectionsPerUser.computeIfPresent(live.userId(), (user, count) -> count <= 1 ? null : count - 1);
            return left == null ? Change.LAST_OF_USER : Change.OTHER_OF_USER;
        }
    }
}
