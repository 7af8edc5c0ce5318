package com.arizon.chat.realtime.control;

import com.arizon.chat.user.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The live real-time connections of this instance, per user (a user may have several devices). */
@ApplicationScoped
public class ConnectionRegistry implements Presence {

    private final Map<String, Integer> connectionsPerUser = new ConcurrentHashMap<>();

    public void connected(String userId) {
        connectionsPerUser.merge(userId, 1, Integer::sum);
    }

    public void disconnected(String userId) {
        connectionsPerUser.computeIfPresent(userId, (id, count) -> count <= 1 ? null : count - 1);
    }

    @Override
    public boolean isOnline(String userId) {
        return connectionsPerUser.containsKey(userId);
    }
}
