package com.arizon.chat.bench;

import java.lang.management.ManagementFactory;

/** CPU time used so far by the server, PostgreSQL, this generator and the whole machine, in nanoseconds. */
record CpuUse(long server, long postgres, long generator, long machine) {

    static CpuUse now(ServerProcess process) {
        return new CpuUse(process.cpuNanos(), ServerProcess.postgresCpuNanos(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime(), ServerProcess.machineBusyNanos());
    }

    CpuUse minus(CpuUse before) {
        return new CpuUse(server - before.server, postgres - before.postgres, generator - before.generator,
                machine - before.machine);
    }

    /** "server 1.20, PostgreSQL 0.40, generator 0.30, whole machine 1.95 of 2" cores over {@code nanos}. */
    String inCores(long nanos) {
        return String.format("server %.2f, PostgreSQL %.2f, generator %.2f, whole machine %.2f of %d",
                server / (double) nanos, postgres / (double) nanos, generator / (double) nanos,
                machine / (double) nanos, Runtime.getRuntime().availableProcessors());
    }
}
