package com.arizon.chat.realtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.arizon.chat.platform.cluster.DataGrid;
import com.arizon.chat.user.control.UserSummary;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ClusterPresence} on a real Hazelcast grid of members in this JVM (the Hazelcast Payara
 * Micro bundles, on loopback): each member stands for an instance of the chat, with a presence of
 * its own. No container: the grid is handed to it as Payara's would be.
 */
class ClusterPresenceTest {

    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final String CLUSTER_NAME = "presence-test-" + UUID.randomUUID();
    private static final List<Integer> PORTS = new ArrayList<>();

    private static Instance first;
    private static Instance second;

    /** One chat instance: its grid member and its presence, recording whom it announced offline. */
    private record Instance(HazelcastInstance member, ClusterPresence presence, List<String> announcedOffline) {

        static Instance start(int port) {
            HazelcastInstance member = Hazelcast.newHazelcastInstance(config(port));
            List<String> announcedOffline = new CopyOnWriteArrayList<>();
            ClusterPresence presence = new ClusterPresence();
            presence.grid = new DataGrid() {
                @Override
                public boolean clustered() {
                    return true;
                }

                @Override
                public HazelcastInstance hazelcast() {
                    return member;
                }
            };
            presence.registry = new ConnectionRegistry();
            presence.subscriptions = new RoomSubscriptions();
            presence.roomPresence = new RoomPresence() {
                @Override
                void wentOffline(String roomId, String userId, String email) {
                    announcedOffline.add(roomId + " " + userId + " " + email);
                }
            };
            presence.start(null);
            return new Instance(member, presence, announcedOffline);
        }

        boolean entered(String roomId, LiveConnection live) {
            return answer(callback -> presence.entered(roomId, live, callback));
        }

        boolean left(String roomId, LiveConnection live) {
            return answer(callback -> presence.left(roomId, live.userId(), callback));
        }

        List<String> onlineUsernames(String roomId) {
            return ClusterPresenceTest.<List<UserSummary>>answer(callback -> presence.onlineUsers(roomId, callback))
                    .stream().map(UserSummary::username).toList();
        }

        void stop() {
            presence.stop();
            member.getLifecycleService().terminate();
        }
    }

    @BeforeAll
    static void startTwoInstances() {
        HAZELCAST_LOG.setLevel(Level.WARNING);
        for (int i = 0; i < 3; i++) {
            PORTS.add(freePort());
        }
        first = Instance.start(PORTS.get(0));
        second = Instance.start(PORTS.get(1));
        assertThat(first.member().getCluster().getMembers()).hasSize(2);
    }

    @AfterAll
    static void stopInstances() {
        for (Instance instance : new Instance[] {second, first}) {
            if (instance != null) {
                instance.stop();
            }
        }
    }

    @Test
    void aUsersConnectionsAreCountedOverEveryInstance() {
        String user = "limited-" + UUID.randomUUID();

        assertThat(first.presence().reserveConnection(user, "a1", 2)).isTrue();
        assertThat(second.presence().reserveConnection(user, "b1", 2)).isTrue();
        assertThat(second.presence().reserveConnection(user, "b2", 2)).as("a third connection").isFalse();
        assertThat(first.presence().reserveConnection(user, "a2", 2)).as("a third connection").isFalse();

        first.presence().releaseConnection(user, "a1");
        assertThat(second.presence().reserveConnection(user, "b2", 2)).as("once one was given back").isTrue();
    }

    @Test
    void aUserConnectedToAnotherInstanceIsOnline() {
        String user = "remote-" + UUID.randomUUID();
        assertThat(first.presence().isOnline(user)).isFalse();

        second.presence().reserveConnection(user, "b1", 20);
        assertThat(first.presence().isOnline(user)).isTrue();

        second.presence().releaseConnection(user, "b1");
        assertThat(first.presence().isOnline(user)).isFalse();
    }

    @Test
    void aUserIsInARoomUntilTheirLastInstanceLeavesIt() {
        String room = "room-" + UUID.randomUUID();
        LiveConnection aliceOnFirst = SignedInConnections.of("alice");
        LiveConnection aliceOnSecond = SignedInConnections.of("alice");
        LiveConnection bobOnSecond = SignedInConnections.of("bob");

        assertThat(first.entered(room, aliceOnFirst)).as("alice's first entry anywhere").isTrue();
        assertThat(second.entered(room, aliceOnSecond)).as("alice, already there through the first").isFalse();
        assertThat(second.entered(room, bobOnSecond)).isTrue();
        assertThat(first.onlineUsernames(room)).containsExactly("alice", "bob");

        assertThat(second.left(room, aliceOnSecond)).as("alice is still there through the first").isFalse();
        assertThat(first.left(room, aliceOnFirst)).as("alice's last connection in the room").isTrue();
        assertThat(second.onlineUsernames(room)).containsExactly("bob");
    }

    @Test
    void whenAnInstanceLeavesTheGridTheOldestTakesItsUsersOffline() {
        String room = "room-" + UUID.randomUUID();
        Instance third = Instance.start(PORTS.get(2));
        LiveConnection carolOnThird = SignedInConnections.of("carol");
        LiveConnection daveOnThird = SignedInConnections.of("dave");
        LiveConnection daveOnFirst = SignedInConnections.of("dave");
        third.presence().reserveConnection(carolOnThird.userId(), "c1", 20);
        assertThat(third.entered(room, carolOnThird)).isTrue();
        assertThat(third.entered(room, daveOnThird)).isTrue();
        assertThat(first.entered(room, daveOnFirst)).isFalse();
        assertThat(second.presence().isOnline(carolOnThird.userId())).isTrue();

        third.stop();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(first.announcedOffline())
                .as("carol had no connection elsewhere; dave has one on the first")
                .containsExactly(room + " carol-id carol@example.test"));
        assertThat(second.announcedOffline()).as("only the oldest instance announces").isEmpty();
        assertThat(second.presence().isOnline(carolOnThird.userId())).isFalse();
        assertThat(second.onlineUsernames(room)).containsExactly("dave");
    }

    /** What {@link ClusterPresence} hands its callback, on its own thread. */
    private static <T> T answer(Consumer<Consumer<T>> call) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        call.accept(answer::complete);
        try {
            return answer.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer within " + ANSWER_TIMEOUT, e);
        }
    }

    /** A member on loopback that finds the others by TCP/IP, as {@code scripts/cluster.sh} starts them. */
    private static Config config(int port) {
        Config config = new Config().setClusterName(CLUSTER_NAME);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        NetworkConfig network = config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        PORTS.forEach(member -> join.getTcpIpConfig().addMember("127.0.0.1:" + member));
        return config;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
