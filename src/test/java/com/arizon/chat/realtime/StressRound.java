package com.arizon.chat.realtime;

import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.it.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * One round of chat overload on a test server: a crowd of clients enters its rooms, then its
 * senders send as fast as their connection's limit allows ({@code send_message} 10/s), some clients
 * vanish while sending or while joining, and when the round ends every client left vanishes at the
 * same moment.
 *
 * <p>Bounded: opening a client and each send time out within 15 s (the clients' own timeouts), the
 * crowd has a time limit to enter and then sends for a set time, and {@link #close()} drops every
 * client the round opened, whatever happened.
 */
final class StressRound implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StressRound.class.getName());

    private static final long SEND_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long TICK_MILLIS = 20;
    private static final int CONNECTING_THREADS = 32;
    /** Longer than any client's own connect or send timeout (15 s). */
    private static final Duration CLIENT_BOUND = Duration.ofSeconds(20);
    private static final double EARLIEST_VANISH = 0.1;
    private static final double LATEST_VANISH = 0.9;
    private static final long NEVER = Long.MAX_VALUE;

    private final ChatServer server;
    private final int number;
    private final Map<CrowdPart.Room, String> roomIds;
    private final List<TestUser> regulars;
    private final String filler;
    private final ExecutorService connecting = Executors.newFixedThreadPool(CONNECTING_THREADS,
            daemonThreads("stress-connect"));
    private final ExecutorService driving = Executors.newSingleThreadExecutor(daemonThreads("stress-drive"));
    private final Queue<DrivenClient> entered = new ConcurrentLinkedQueue<>();
    /** Every client opened; guarded by itself, as is {@link #closed}. */
    private final List<StressClient> opened = new ArrayList<>();
    private final AtomicInteger failedEntries = new AtomicInteger();
    private CountDownLatch entering;
    private boolean closed;
    private volatile long entryMillis;
    private long sent;
    private int closedByServer;

    /**
     * @param number numbers the round in logs and message contents
     * @param roomIds the id of each room of {@link CrowdPart.Room}
     * @param regulars the users of the clients that are not new to their room, participants of both
     *     rooms: as many as the crowd's parts take ({@link CrowdPart#users()}), part after part
     * @param messageLength about how many characters each message has
     */
    StressRound(ChatServer server, int number, Map<CrowdPart.Room, String> roomIds, List<TestUser> regulars,
            int messageLength) {
        this.server = server;
        this.number = number;
        this.roomIds = Map.copyOf(roomIds);
        this.regulars = List.copyOf(regulars);
        this.filler = "x".repeat(messageLength);
    }

    /**
     * Lets the crowd in, for at most {@code entryLimit}, then has it send for {@code sending}; the
     * clients stay open until {@link #close()}.
     */
    void run(List<CrowdPart> crowd, Duration entryLimit, Duration sending) {
        List<Runnable> entrances = new ArrayList<>();
        int firstUser = 0;
        for (CrowdPart part : crowd) {
            String roomId = roomIds.get(part.room());
            for (int i = 0; i < part.count(); i++) {
                boolean newcomer = part.behaviour() == CrowdPart.Behaviour.VANISHES_WHILE_JOINING;
                TestUser user = newcomer ? TestUsers.create("CLIENT")
                        : regulars.get(firstUser + i / part.clientsPerUser());
                long vanishAfter = part.behaviour() == CrowdPart.Behaviour.SENDS_THEN_VANISHES
                        ? (long) (sending.toNanos()
                                * ThreadLocalRandom.current().nextDouble(EARLIEST_VANISH, LATEST_VANISH))
                        : NEVER;
                boolean sends = part.behaviour() == CrowdPart.Behaviour.SENDS
                        || part.behaviour() == CrowdPart.Behaviour.SENDS_THEN_VANISHES;
                entrances.add(() -> enter(part, roomId, user, sends, vanishAfter));
            }
            firstUser += part.users();
        }
        // every kind of client arrives throughout the rush, not one kind after the other
        Collections.shuffle(entrances);
        entering = new CountDownLatch(entrances.size());
        long start = System.nanoTime();
        entrances.forEach(connecting::execute);
        Future<?> drive = driving.submit(() -> drive(start, start + entryLimit.toNanos(), sending.toNanos()));
        try {
            drive.get(entryLimit.plus(sending).plus(CLIENT_BOUND).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warning(() -> "Round " + number + ": the driver is stuck in a send; closing the clients frees it");
        } catch (ExecutionException e) {
            throw new IllegalStateException("Round " + number + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Every client this round opened vanishes at once; one still opening vanishes as soon as it is
     * open. Waits for the driver, bounded by the clients' own timeouts.
     */
    @Override
    public void close() {
        driving.shutdownNow();
        connecting.shutdownNow();
        int count;
        synchronized (opened) {
            closed = true;
            opened.forEach(StressRound::vanishQuietly);
            count = opened.size();
        }
        awaitTermination(driving);
        LOG.info(() -> String.format("Round %d: %d clients opened (%d did not get in), sending from %d ms on, "
                + "%d messages sent, %d clients found closed by the server", number, count,
                failedEntries.get(), entryMillis, sent, closedByServer));
    }

    private void enter(CrowdPart part, String roomId, TestUser user, boolean sends, long vanishAfter) {
        try {
            StressClient client = part.opener().open(server, user);
            if (!keep(client)) {
                return;
            }
            client.emit("join_room", Map.of("roomId", roomId));
            if (part.behaviour() == CrowdPart.Behaviour.VANISHES_WHILE_JOINING) {
                vanishQuietly(client);
            } else {
                entered.add(new DrivenClient(client, roomId, sends, vanishAfter));
            }
        } catch (RuntimeException e) {
            failedEntries.incrementAndGet();
        } finally {
            entering.countDown();
        }
    }

    /** False if the round has closed meanwhile: the client vanishes at once. */
    private boolean keep(StressClient client) {
        synchronized (opened) {
            if (closed) {
                vanishQuietly(client);
                return false;
            }
            return opened.add(client);
        }
    }

    /**
     * Keeps the clients up; once all have entered or the entry deadline has passed, they send for
     * {@code sendingNanos}.
     */
    private void drive(long start, long entryDeadline, long sendingNanos) {
        List<DrivenClient> driven = new ArrayList<>();
        long sendingSince = 0;
        boolean sending = false;
        while (!sending || System.nanoTime() - sendingSince < sendingNanos) {
            for (DrivenClient next = entered.poll(); next != null; next = entered.poll()) {
                driven.add(next);
            }
            long now = System.nanoTime();
            if (!sending && (entering.getCount() == 0 || now - entryDeadline >= 0)) {
                sending = true;
                sendingSince = now;
                entryMillis = TimeUnit.NANOSECONDS.toMillis(now - start);
            }
            long sendingFor = sending ? now - sendingSince : -1;
            driven.removeIf(client -> !step(client, now, sendingFor));
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * False once the client is gone: it vanished, or the server closed it.
     *
     * @param sendingFor how long the crowd has been sending; negative while it is still entering
     */
    private boolean step(DrivenClient driven, long now, long sendingFor) {
        if (sendingFor >= driven.vanishAfter) {
            vanishQuietly(driven.client);
            return false;
        }
        try {
            driven.client.keepUp();
            if (driven.sends && sendingFor >= 0 && now - driven.nextSendAt >= 0) {
                driven.client.emit("send_message", Map.of("roomId", driven.roomId, "type", "TEXT",
                        "content", "round " + number + " message " + sent + " " + filler));
                sent++;
                driven.nextSendAt = now + SEND_INTERVAL_NANOS;
            }
            return true;
        } catch (RuntimeException gone) {
            closedByServer++;
            vanishQuietly(driven.client);
            return false;
        }
    }

    private static void vanishQuietly(StressClient client) {
        try {
            client.vanish();
        } catch (RuntimeException alreadyGone) {
            // nothing left to drop
        }
    }

    /** Daemon threads: one stuck in a send cannot keep the test JVM alive. */
    private static ThreadFactory daemonThreads(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitTermination(ExecutorService threads) {
        try {
            threads.awaitTermination(CLIENT_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A client the round drives, with its room and schedule. */
    private static final class DrivenClient {

        private final StressClient client;
        private final String roomId;
        private final boolean sends;
        /** How long after the sending began it vanishes, or {@link #NEVER}. */
        private final long vanishAfter;
        private long nextSendAt = System.nanoTime();

        private DrivenClient(StressClient client, String roomId, boolean sends, long vanishAfter) {
            this.client = client;
            this.roomId = roomId;
            this.sends = sends;
            this.vanishAfter = vanishAfter;
        }
    }
}
