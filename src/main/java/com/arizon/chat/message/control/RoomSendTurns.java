package com.arizon.chat.message.control;

import com.arizon.chat.message.control.BatchingTurns.Outcome;
import com.arizon.chat.security.control.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets senders into a room's send transaction one at a time on this instance, and commits the sends
 * that queued up meanwhile together. The room's row lock serialises them anyway; waiting here instead
 * of on that lock keeps a busy room's queue of senders from holding pooled database connections that
 * other rooms' senders need, and under load one transaction (one connection, one room lock, one
 * commit) posts many messages. Each sender is answered only after the commit that stored its message.
 * Should a batch's transaction fail as a whole, its sends are retried one transaction each, so one
 * bad send never costs the others theirs.
 *
 * <p>Sends that do not wait ({@link #submit}, from real-time connections) are posted by a few send
 * threads ({@code chat.message.send-threads}), one room's batch at a time each: a connection's thread
 * never waits for the database, so every connection can have a send queued, and the sends queued for
 * a room while the send threads are busy go into its next batch. A REST send waits on its own thread,
 * which posts its room's batch itself when it finds the room free.
 *
 * <p>A turn covers the send transaction only. Its commit runs the after-commit observers, which
 * queue pushes without waiting ({@code realtime.control.GridRoomEvents}); nothing inside a turn
 * waits for a connection, a lock of the real-time layer or another turn.
 */
@ApplicationScoped
public class RoomSendTurns {

    private static final Logger LOG = Logger.getLogger(RoomSendTurns.class.getName());
    /**
     * Rooms share turns by hash: a turn's batch holds the sends of every room that shares it, so
     * quiet rooms (direct messages: one send at a time each) still commit many sends per
     * transaction. A few times the send threads, so that each thread finds a turn free.
     */
    private static final int TURNS = 32;
    private static final int MAX_BATCH = 64;

    @Inject
    MessagePosting posting;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "chat.message.send-threads")
    int sendThreads;

    private ExecutorService sendPool;
    private BatchingTurns<MessagePosting.Send, PostedMessage> turns;

    @PostConstruct
    void start() {
        sendPool = Executors.newFixedThreadPool(sendThreads, threads);
        turns = new BatchingTurns<>(TURNS, MAX_BATCH, this::postBatch, sendPool);
    }

    @PreDestroy
    void stop() {
        sendPool.shutdown();
    }

    /** Posts the message and waits for its commit (on this thread, holding nothing). */
    public PostedMessage send(Caller caller, String roomId, SendMessageCommand command) {
        return turns.await(roomId, new MessagePosting.Send(caller, roomId, command));
    }

    /**
     * Posts the message on a send thread and returns at once: completes once its commit is done (on
     * that thread), or with the failure that refused it.
     */
    public CompletableFuture<PostedMessage> submit(Caller caller, String roomId, SendMessageCommand command) {
        return turns.submit(roomId, new MessagePosting.Send(caller, roomId, command));
    }

    private List<Outcome<PostedMessage>> postBatch(List<MessagePosting.Send> batch) {
        if (batch.size() == 1) {
            return List.of(postAlone(batch.get(0)));
        }
        try {
            return posting.postAll(batch);
        } catch (RuntimeException batchFailed) {
            LOG.info(() -> "A batch of " + batch.size() + " sends failed (" + batchFailed
                    + "); posting them one by one");
            return batch.stream().map(this::postAlone).toList();
        }
    }

    private Outcome<PostedMessage> postAlone(MessagePosting.Send send) {
        try {
            return Outcome.of(posting.post(send.caller(), send.roomId(), send.command()));
        } catch (RuntimeException failure) {
            return Outcome.failed(failure);
        }
    }
}
