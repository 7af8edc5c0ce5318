package com.arizon.chat.realtime.boundary;

import com.arizon.chat.realtime.control.RealtimeSettings;
import com.arizon.chat.realtime.control.RealtimeWorkers;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds native connections whose peer is gone without closing (a dropped network, a laptop put to
 * sleep): every heartbeat interval each open connection is pinged, and one that left the previous
 * ping unanswered is closed, which ends its presence like any other close. Socket.IO connections
 * have Engine.IO's heartbeat instead.
 *
 * <p>The connections are pinged a slice at a time, spread over the interval: each pong costs the
 * container a managed task, and ten thousand arriving at once overflowed its worker queue.
 */
@ApplicationScoped
public class NativeHeartbeat {

    private static final Logger LOG = Logger.getLogger(NativeHeartbeat.class.getName());
    private static final int SLICES = 30;

    @Inject
    RealtimeWorkers workers;

    @Inject
    RealtimeSettings settings;

    private final Set<NativeConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextSlice = new AtomicInteger();
    private Future<?> beats;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        long tick = Math.max(1, settings.heartbeatInterval().toMillis() / SLICES);
        beats = workers.timers().scheduleAtFixedRate(this::beatSlice, tick, tick, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (beats != null) {
            beats.cancel(false);
        }
    }

    void track(NativeConnection connection) {
        connections.add(connection);
    }

    void untrack(NativeConnection connection) {
        connections.remove(connection);
    }

    private void beatSlice() {
        int slice = nextSlice.getAndUpdate(current -> (current + 1) % SLICES);
        for (NativeConnection connection : connections) {
            if (Math.floorMod(connection.id().hashCode(), SLICES) != slice) {
                continue;
            }
            try {
                connection.heartbeat();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Heartbeat failed on " + connection.id(), e);
            }
        }
    }
}
