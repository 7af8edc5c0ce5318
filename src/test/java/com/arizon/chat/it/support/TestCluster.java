package com.arizon.chat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Instances clustered on the data grid behind HAProxy, started by {@code scripts/cluster.sh} (the
 * README's command) on the IT ports: the balancer on {@code chat.it.clusterPort}, instance i on the
 * ports after it, the grid from {@code chat.it.clusterHzPort}, on a fresh database
 * {@code chat.it.clusterDb}. Close it to stop them all.
 */
public final class TestCluster implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TestCluster.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final Path SCRIPT = Path.of("scripts", "cluster.sh");
    private static final List<String> APP_VARIABLE_PREFIXES = List.of("CHAT_", "DB_", "DATABASE_URL", "MP_", "CORS_");

    private final Map<String, String> started = new LinkedHashMap<>();
    private final Map<String, String> environment;
    /** The instances run in the background of the script and outlive this JVM unless stopped, e.g. on Ctrl-C. */
    private final Thread stopAtExit = new Thread(this::stop, "cluster-stop");

    private TestCluster(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Starts {@code instances} instances with these settings for every one, and waits until all are ready. */
    public static TestCluster start(int instances, Map<String, String> settings) {
        return start(instances, Layout.ofItSettings(), settings);
    }

    /** As {@link #start(int, Map)}, on the ports, database and directory of {@code layout}. */
    public static TestCluster start(int instances, Layout layout, Map<String, String> settings) {
        Map<String, String> environment = new LinkedHashMap<>(settings);
        environment.put("CLUSTER_LB_PORT", layout.balancerPort() == Layout.NO_BALANCER ? "none"
                : String.valueOf(layout.balancerPort()));
        environment.put("CLUSTER_FIRST_PORT", String.valueOf(layout.firstPort()));
        environment.put("CLUSTER_HZ_PORT", String.valueOf(layout.gridPort()));
        environment.put("CLUSTER_DB", layout.database());
        environment.put("CLUSTER_DIR", layout.directory().toString());
        environment.put("CLUSTER_JVM_OPTIONS", String.join(" ", ItSettings.extraServerJvmOptions()));
        // Beside the directory, which the script empties
        Path output = Path.of(layout.directory() + "-start.out");
        TestCluster cluster = new TestCluster(environment);
        Runtime.getRuntime().addShutdownHook(cluster.stopAtExit);
        try {
            run(List.of("start", String.valueOf(instances)), environment, output, START_TIMEOUT);
            cluster.started.putAll(values(output));
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        LOG.info(() -> "Cluster started: " + cluster.started);
        return cluster;
    }

    /** The script's {@code NAME=value} lines. */
    private static Map<String, String> values(Path output) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    public ServerAddress balancer() {
        return address("LB_URL");
    }

    /** Instance {@code number}, counted from 1. */
    public ServerAddress node(int number) {
        return address("NODE" + number + "_URL");
    }

    public long pid(int number) {
        return Long.parseLong(started.get("NODE" + number + "_PID"));
    }

    /** Kills instance {@code number} at once (SIGKILL), as a crash would. */
    public void kill(int number) {
        ProcessHandle.of(pid(number)).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            return; // the hook stops them
        }
        stop();
    }

    private void stop() {
        run(List.of("stop"), environment, Path.of(environment.get("CLUSTER_DIR") + "-stop.out"), STOP_TIMEOUT);
    }

    /**
     * Where a cluster runs: the balancer's port ({@link #NO_BALANCER} for none), instance i's port
     * {@code firstPort + i - 1}, its grid's {@code gridPort + i - 1}, the database it recreates and the
     * directory of its logs, data and PIDs.
     */
    public record Layout(int balancerPort, int firstPort, int gridPort, String database, Path directory) {

        public static final int NO_BALANCER = -1;

        /** In {@code cluster} under the work directory ({@code chat.it.workDir}). */
        public static Layout inWorkDir(int balancerPort, int firstPort, int gridPort, String database) {
            return new Layout(balancerPort, firstPort, gridPort, database, ItSettings.workDir().resolve("cluster"));
        }

        /** The ITs': the balancer on {@code chat.it.clusterPort}, the instances on the ports after it. */
        static Layout ofItSettings() {
            int port = Integer.parseInt(System.getProperty("chat.it.clusterPort", "18090"));
            return inWorkDir(port, port + 1, Integer.parseInt(System.getProperty("chat.it.clusterHzPort", "5901")),
                    System.getProperty("chat.it.clusterDb", "arizon_chat_cluster_test"));
        }
    }

    private ServerAddress address(String name) {
        URI uri = URI.create(started.get(name));
        return () -> uri;
    }

    private static void run(List<String> arguments, Map<String, String> environment, Path output, Duration timeout) {
        ProcessBuilder command = new ProcessBuilder("bash", SCRIPT.toString());
        command.command().addAll(arguments);
        command.environment().keySet().removeIf(key -> APP_VARIABLE_PREFIXES.stream().anyMatch(key::startsWith));
        command.environment().putAll(environment);
        Path errors = Path.of(output + ".log");
        try {
            Files.createDirectories(output.getParent());
            Process process = command.redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("cluster.sh " + arguments + " took over " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("cluster.sh " + arguments + " failed:\n" + Files.readString(errors));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running cluster.sh", e);
        }
    }
}
