package com.arizon.chat.realtime.boundary;

import com.arizon.chat.realtime.control.RealtimeScheduler;
import com.arizon.chat.realtime.control.RealtimeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps native connections honest: one sweep per ping interval pings every connection that has been
 * silent that long, and ends those silent for the interval plus the ping timeout (a vanished device
 * leaves no close frame behind; without this it would look online for hours).
 */
@ApplicationScoped
public class NativeHeartbeat {

    @Inject
    RealtimeScheduler scheduler;

    @Inject
    RealtimeSettings settings;

    private final Set<NativeConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean started = new AtomicBoolean();

    void watch(NativeConnection connection) {
        connections.add(connection);
        if (started.compareAndSet(false, true)) {
            scheduler.every(settings.pingInterval(), this::sweep);
        }
    }

    void forget(NativeConnection connection) {
        connections.remove(connection);
    }

    private void sweep() {
        long now = System.nanoTime();
        long interval = settings.pingInterval().toNanos();
        long deadline = interval + settings.pingTimeout().toNanos();
        for (NativeConnection connection : connections) {
            long silent = connection.silentNanos(now);
            if (silent >= deadline) {
                connection.end();
            } else if (silent >= interval) {
                connection.ping();
            }
        }
    }
}
