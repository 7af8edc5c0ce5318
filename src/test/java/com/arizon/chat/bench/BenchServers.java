package com.arizon.chat.bench;

import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.ServerAddress;
import com.arizon.chat.it.support.TestCluster;
import com.arizon.chat.it.support.TestTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The servers under load, trusting the test token issuer: one Payara Micro as the ITs start a server,
 * or instances on the data grid of one fresh database as the cluster ITs start them (without their
 * balancer: each client connects to the instance the benchmark places it on).
 */
final class BenchServers implements AutoCloseable {

    private final List<Instance> instances;
    private final AutoCloseable stopper;

    private BenchServers(List<Instance> instances, AutoCloseable stopper) {
        this.instances = instances;
        this.stopper = stopper;
    }

    /** One server on {@code port}, on the database {@code chat.it.dbUrl}. */
    static BenchServers single(int port) {
        ChatServer server = ChatServer.builder("bench").port(port).postgres().externalIssuer().start();
        return new BenchServers(List.of(new Instance(1, server, new ServerProcess(server.pid()))), server);
    }

    /**
     * {@code count} instances on {@code firstPort}, {@code firstPort + 1}, ..., their grid members on
     * {@code gridPort}, {@code gridPort + 1}, ..., on the database {@code database}, which they recreate.
     */
    static BenchServers cluster(int count, int firstPort, int gridPort, String database) {
        TestCluster cluster = TestCluster.start(count, TestCluster.Layout.inWorkDir(TestCluster.Layout.NO_BALANCER,
                firstPort, gridPort, database), TestTokens.serverSettings());
        List<Instance> instances = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            instances.add(new Instance(number, cluster.node(number), new ServerProcess(cluster.pid(number))));
        }
        return new BenchServers(instances, cluster);
    }

    List<Instance> all() {
        return instances;
    }

    Instance first() {
        return instances.get(0);
    }

    boolean clustered() {
        return instances.size() > 1;
    }

    /** Where a room's member number {@code member} connects: member i to instance i mod N. */
    Instance forMember(int member) {
        return instances.get(member % instances.size());
    }

    List<ServerProcess> processes() {
        return instances.stream().map(Instance::process).toList();
    }

    @Override
    public void close() throws Exception {
        stopper.close();
    }

    /** Instance {@code number}, counted from 1. */
    record Instance(int number, ServerAddress address, ServerProcess process) {

        int port() {
            return address.baseUri().getPort();
        }
    }
}
