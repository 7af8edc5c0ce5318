package com.arizon.chat.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's Hazelcast data grid, when the instance runs with one (started without
 * {@code --nohazelcast}): what instances of one cluster share. Without it the instance is alone and
 * every component keeps its state in memory, as a single server always did.
 */
@ApplicationScoped
public class DataGrid {

    /** Where Payara binds its Hazelcast instance. */
    private static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    private static volatile Optional<HazelcastInstance> found;

    private final List<Runnable> registrations = new CopyOnWriteArrayList<>();

    /** The running grid this instance is a member of, if any; looked up once. */
    public static Optional<HazelcastInstance> instance() {
        Optional<HazelcastInstance> local = found;
        if (local == null) {
            local = lookUp();
            found = local;
        }
        return local;
    }

    /**
     * Runs {@code listener} whenever another instance {@linkplain #signal signals} {@code topic}; on a
     * single instance, never. The listener runs on the grid's event thread: it must be short.
     */
    public void onSignal(String topic, Runnable listener) {
        instance().ifPresent(hazelcast -> {
            ITopic<String> signals = hazelcast.getTopic(topic);
            UUID registration = signals.addMessageListener(message -> {
                if (message.getPublishingMember() == null || !message.getPublishingMember().localMember()) {
                    listener.run();
                }
            });
            registrations.add(() -> signals.removeMessageListener(registration));
        });
    }

    /** Tells every other instance of the cluster about {@code topic} (nothing on a single instance). */
    public void signal(String topic) {
        instance().ifPresent(hazelcast -> hazelcast.<String>getTopic(topic).publishAsync(topic));
    }

    @PreDestroy
    void forgetListeners() {
        registrations.forEach(Runnable::run);
        registrations.clear();
    }

    public boolean clustered() {
        return instance().isPresent();
    }

    /** The grid; call only when {@link #clustered()}. */
    public HazelcastInstance hazelcast() {
        return instance().orElseThrow(() -> new IllegalStateException("Not part of a data grid"));
    }

    private static Optional<HazelcastInstance> lookUp() {
        Optional<HazelcastInstance> grid;
        try {
            grid = Optional.ofNullable(new InitialContext().lookup(JNDI_NAME))
                    .filter(HazelcastInstance.class::isInstance)
                    .map(HazelcastInstance.class::cast)
                    .filter(hazelcast -> hazelcast.getLifecycleService().isRunning());
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            grid = Optional.empty();
        }
        Optional<HazelcastInstance> result = grid;
        LOG.info(() -> result.map(hazelcast -> "Clustered on the data grid as member "
                        + hazelcast.getCluster().getLocalMember().getUuid()
                        + " of " + hazelcast.getCluster().getMembers().size())
                .orElse("No data grid: a single instance, state kept in memory"));
        return result;
    }
}
