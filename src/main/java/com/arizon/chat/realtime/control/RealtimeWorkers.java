package com.arizon.chat.realtime.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The threads of the real-time layer, off the container's HTTP workers: those read frames, count
 * them against the rate limits and queue them, nothing more.
 *
 * <ul>
 *   <li>Connection lanes run each connection's events in order on the <em>event</em> pool; their
 *   tasks call services and may wait for the database, so the pool is sized for that.</li>
 *   <li>Room lanes run each room's pushes in order on the <em>fan-out</em> pool; their tasks only
 *   queue frames on connections and never wait, so a couple of threads serve every room. Rooms are
 *   spread over a fixed set of lanes by hash: memory stays bounded, and the pushes of one room keep
 *   the order in which they were published.</li>
 * </ul>
 *
 * Timers (authentication deadlines, typing timeouts, heartbeats, Engine.IO pings) run on one
 * scheduler thread; their tasks only change state and queue sends.
 *
 * <p>The threads come from the container's managed thread factory, so tasks run with the
 * application's context (class loader, naming). The container's managed executors would capture
 * that context for every task, which on Payara scans the whole class path for context providers:
 * a cost per timer and per queued task that these pools do not pay.
 */
@ApplicationScoped
public class RealtimeWorkers {

    private static final int ROOM_LANES = 256;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    RealtimeSettings settings;

    private ExecutorService eventPool;
    private ExecutorService fanOutPool;
    private ScheduledThreadPoolExecutor timers;
    private SerialLane[] roomLanes;
    /** How long the last push run on each room lane had waited for it, in nanoseconds. */
    private AtomicLongArray roomLaneWaits;

    @PostConstruct
    void start() {
        timers = new ScheduledThreadPoolExecutor(1, threads);
        timers.setRemoveOnCancelPolicy(true); // most timers are cancelled (deadlines met, pongs in time)
        eventPool = fixedPool(settings.eventThreads());
        fanOutPool = fixedPool(settings.fanOutThreads());
        roomLaneWaits = new AtomicLongArray(ROOM_LANES);
        roomLanes = new SerialLane[ROOM_LANES];
        for (int i = 0; i < ROOM_LANES; i++) {
            roomLanes[i] = new SerialLane(fanOutPool, Integer.MAX_VALUE);
        }
    }

    @PreDestroy
    void stop() {
        timers.shutdown();
        eventPool.shutdown();
        fanOutPool.shutdown();
    }

    /** The real-time layer's timers; tasks must be short and never wait. */
    public ScheduledExecutorService timers() {
        return timers;
    }

    /** A new connection's lane for its inbound events, bounded by {@code chat.realtime.inbound.max-queued}. */
    public SerialLane connectionLane() {
        return new SerialLane(eventPool, settings.inboundMaxQueued());
    }

    /** Runs a room's push after those published before it; returns at once. */
    public void inRoomOrder(String roomId, Runnable push) {
        int lane = roomLane(roomId);
        long queued = System.nanoTime();
        roomLanes[lane].offer(() -> {
            roomLaneWaits.set(lane, System.nanoTime() - queued);
            push.run();
        });
    }

    /**
     * How far the room's pushes are behind: how long the last one waited for a fan-out thread while
     * more are queued; zero once they have caught up.
     */
    public Duration pushesBehind(String roomId) {
        int lane = roomLane(roomId);
        return roomLanes[lane].pending() > 0 ? Duration.ofNanos(roomLaneWaits.get(lane)) : Duration.ZERO;
    }

    private static int roomLane(String roomId) {
        return Math.floorMod(roomId.hashCode(), ROOM_LANES);
    }

    private ExecutorService fixedPool(int size) {
        return new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
    }
}
