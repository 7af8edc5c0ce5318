package com.arizon.chat.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * CPU time used so far by each server instance, PostgreSQL, this generator and the whole machine, in
 * nanoseconds.
 */
record CpuUse(List<Long> instances, long postgres, long generator, long machine) {

    static CpuUse now(ServerProcess process) {
        return now(List.of(process));
    }

    static CpuUse now(List<ServerProcess> processes) {
        return new CpuUse(processes.stream().map(ServerProcess::cpuNanos).toList(), ServerProcess.postgresCpuNanos(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime(), ServerProcess.machineBusyNanos());
    }

    /** Every instance's together. */
    long server() {
        return instances.stream().mapToLong(Long::longValue).sum();
    }

    CpuUse minus(CpuUse before) {
        List<Long> used = new ArrayList<>(instances.size());
        for (int i = 0; i < instances.size(); i++) {
            used.add(instances.get(i) - before.instances.get(i));
        }
        return new CpuUse(used, postgres - before.postgres, generator - before.generator, machine - before.machine);
    }

    /**
     * "server 1.20, PostgreSQL 0.40, generator 0.30, whole machine 1.95 of 2" cores over {@code nanos};
     * with several instances "server 1.20 (instance 1 0.62, instance 2 0.58), ...".
     */
    String inCores(long nanos) {
        String perInstance = instances.size() == 1 ? "" : IntStream.range(0, instances.size())
                .mapToObj(i -> String.format("instance %d %.2f", i + 1, instances.get(i) / (double) nanos))
                .collect(Collectors.joining(", ", " (", ")"));
        return String.format("server %.2f%s, PostgreSQL %.2f, generator %.2f, whole machine %.2f of %d",
                server() / (double) nanos, perInstance, postgres / (double) nanos, generator / (double) nanos,
                machine / (double) nanos, Runtime.getRuntime().availableProcessors());
    }
}
