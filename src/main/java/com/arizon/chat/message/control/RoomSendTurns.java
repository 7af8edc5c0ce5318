package com.arizon.chat.message.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets senders into a room's send transaction one at a time on this instance. The room's row lock
 * serialises them anyway; waiting here instead of on that lock keeps a busy room's queue of senders
 * from holding pooled database connections that other rooms' senders need. Rooms share a fixed set
 * of locks by hash, so memory stays bounded; two rooms that share one merely take turns.
 *
 * <p>A turn covers the send transaction only. Its commit runs the after-commit observers, which
 * queue pushes without waiting ({@code realtime.control.LocalRoomEvents}); nothing inside a turn
 * waits for a connection, a lock of the real-time layer or another turn.
 */
@ApplicationScoped
public class RoomSendTurns {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    public RoomSendTurns() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    public <T> T inTurn(String roomId, Supplier<T> action) {
        ReentrantLock turn = stripes[Math.floorMod(roomId.hashCode(), STRIPES)];
        turn.lock();
        try {
            return action.get();
        } finally {
            turn.unlock();
        }
    }
}
