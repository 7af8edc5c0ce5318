package com.arizon.chat.realtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Who is typing where. Others hear {@code user_typing} once when a user starts (refreshes only push
 * the deadline back) and {@code user_stopped_typing} when they stop, send a message, leave, or let
 * the typing timeout pass without a refresh. One state per user and room, whichever device types.
 */
@ApplicationScoped
public class TypingIndicators {

    @Inject
    RoomEvents events;

    @Inject
    RealtimeSettings settings;

    @Inject
    RealtimeWorkers workers;

    private final Map<Key, Typing> typing = new ConcurrentHashMap<>();

    public void start(LiveConnection live, String roomId) {
        Key key = new Key(roomId, live.userId());
        long timeout = settings.typingTimeout().toNanos();
        long deadline = System.nanoTime() + timeout;
        Typing fresh = new Typing(live.profile().email(), deadline);
        Typing current = typing.putIfAbsent(key, fresh);
        if (current != null) {
            current.deadline = deadline;
            return;
        }
        events.publish(roomId, ClientEvents.userTyping(key.userId(), fresh.email, roomId),
                Audience.allButUser(key.userId()));
        expireLater(key, fresh, timeout);
    }

    /** Ends the user's typing in the room, if they were typing. */
    public void stop(String roomId, String userId) {
        Key key = new Key(roomId, userId);
        Typing stopped = typing.remove(key);
        if (stopped != null) {
            announceStop(key, stopped);
        }
    }

    private void expire(Key key, Typing state) {
        long remaining = state.deadline - System.nanoTime();
        if (remaining > 0) {
            expireLater(key, state, remaining);
        } else if (typing.remove(key, state)) {
            announceStop(key, state);
        }
    }

    private void expireLater(Key key, Typing state, long delayNanos) {
        try {
            workers.timers().schedule(() -> expire(key, state), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            typing.remove(key, state);
        }
    }

    private void announceStop(Key key, Typing state) {
        events.publish(key.roomId(), ClientEvents.userStoppedTyping(key.userId(), state.email, key.roomId()),
                Audience.allButUser(key.userId()));
    }

    private record Key(String roomId, String userId) {
    }

    private static final class Typing {

        private final String email;
        private volatile long deadline;

        Typing(String email, long deadline) {
            this.email = email;
            this.deadline = deadline;
        }
    }
}
