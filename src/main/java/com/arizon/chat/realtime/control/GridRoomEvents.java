package com.arizon.chat.realtime.control;

import com.arizon.chat.platform.cluster.DataGrid;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * {@link RoomEvents} for this instance and, on a data grid, for every instance of the cluster.
 * <p>
 * Each call is queued on the room's lane and returns at once, so a caller may publish while it holds
 * a room's send turn (inside the commit of the transaction that caused the event) without waiting
 * for anything: the pushes happen afterwards on the fan-out threads, in the order they were
 * published. On a grid the same lane task also hands the call, already serialised, to one Hazelcast
 * topic shared by the cluster; other instances queue it on their own room lane, in the publisher's
 * order (Hazelcast keeps one member's messages in order), and drop it at once when none of their
 * connections is subscribed to the room. A topic rather than Payara's clustered CDI events: a
 * median of 1 ms against 7 ms between two instances on loopback (docs/platform-notes), and plain
 * string arrays on the wire instead of application classes.
 */
@ApplicationScoped
public class GridRoomEvents implements RoomEvents {

    static final String TOPIC = "arizon-chat.room-events";

    @Inject
    RealtimeWorkers workers;

    @Inject
    LocalRoomEvents local;

    @Inject
    RoomSubscriptions subscriptions;

    @Inject
    DataGrid grid;

    private volatile ITopic<String[]> topic;
    private UUID listener;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (grid.clustered()) {
            ITopic<String[]> shared = grid.hazelcast().getTopic(TOPIC);
            listener = shared.addMessageListener(this::received);
            topic = shared;
        }
    }

    @PreDestroy
    void stop() {
        ITopic<String[]> shared = topic;
        if (shared != null) {
            topic = null;
            shared.removeMessageListener(listener);
        }
    }

    @Override
    public void publish(String roomId, OutboundEvent event, Audience audience) {
        long published = System.nanoTime();
        workers.inRoomOrder(roomId, () -> {
            local.deliver(roomId, event, audience, published);
            forward(RoomEventMessage.publish(roomId, event, audience));
        });
    }

    @Override
    public void unsubscribeUser(String roomId, String userId) {
        workers.inRoomOrder(roomId, () -> {
            local.unsubscribeUser(roomId, userId);
            forward(RoomEventMessage.unsubscribeUser(roomId, userId));
        });
    }

    @Override
    public void unsubscribeAll(String roomId) {
        workers.inRoomOrder(roomId, () -> {
            local.unsubscribeAll(roomId);
            forward(RoomEventMessage.unsubscribeAll(roomId));
        });
    }

    private void forward(RoomEventMessage message) {
        ITopic<String[]> shared = topic;
        if (shared != null) {
            shared.publish(message.toWire());
        }
    }

    /** On Hazelcast's event thread: only queues the call, for rooms this instance serves. */
    private void received(Message<String[]> message) {
        if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
            return;
        }
        RoomEventMessage call = RoomEventMessage.fromWire(message.getMessageObject());
        if (subscriptions.subscribers(call.roomId()).length == 0) {
            return;
        }
        long received = System.nanoTime();
        workers.inRoomOrder(call.roomId(), () -> {
            switch (call.kind()) {
                case PUBLISH -> local.deliver(call.roomId(), call.event(), call.audience(), received);
                case UNSUBSCRIBE_USER -> local.unsubscribeUser(call.roomId(), call.userId());
                case UNSUBSCRIBE_ALL -> local.unsubscribeAll(call.roomId());
            }
        });
    }
}
