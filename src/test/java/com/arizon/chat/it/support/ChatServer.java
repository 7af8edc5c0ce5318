package com.arizon.chat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A Payara Micro process running target/ROOT.war, for black-box tests.
 *
 * <p>{@link #shared()} is the server every IT class uses: started on first use, shared by all IT
 * classes in the JVM, stopped when the JVM exits. It runs on PostgreSQL and trusts tokens from
 * {@link TestTokens}. {@link #builder(String)} starts a variant (by default embedded H2 and the
 * built-in issuer) that its test closes itself; only one such variant may run at a time.
 *
 * <p>Each start begins with an empty data directory, root directory and log under the IT work
 * directory: {@code <name>-data}, {@code <name>-root}, {@code <name>-server.log.0} (Payara's log,
 * see {@link #serverLog()}) and {@code <name>-console.log} (stdout and stderr, which repeat the log
 * and add what the JVM prints before logging starts).
 */
public final class ChatServer implements ServerAddress, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChatServer.class.getName());

    private static final String SHARED_NAME = "shared";
    private static final Path PRE_BOOT_COMMANDS = Path.of("payara-config", "pre-boot-commands.asadmin");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final long POLL_INTERVAL_MILLIS = 500;
    private static final Duration READY_AFTER_BOOT = Duration.ofSeconds(30);
    private static final String DEPLOY_FAILED = "Exception while loading the app";
    private static final int LOG_TAIL_LINES = 80;
    private static final int PROBE_ANSWER_LIMIT = 300;
    // Inherited variables that would configure the app behind the harness's back; failsafe sets
    // some of them for Arquillian.
    private static final List<String> APP_VARIABLE_PREFIXES =
            List.of("CHAT_", "DB_", "DATABASE_URL", "MP_", "CORS_");
    private static final HttpClient PROBE = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PROBE_TIMEOUT)
            .build();

    private static final Set<ChatServer> RUNNING = ConcurrentHashMap.newKeySet();
    private static ChatServer shared;
    private static RuntimeException sharedStartFailure;
    private static ChatServer variant;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChatServer::stopAll, "chat-it-server-stop"));
    }

    private final String name;
    private final int port;
    private final ServerFiles files;
    private final Process process;

    private ChatServer(String name, int port, ServerFiles files, Process process) {
        this.name = name;
        this.port = port;
        this.files = files;
        this.process = process;
    }

    /** The main server, started on first call; a failed start is reported to every later caller. */
    public static synchronized ChatServer shared() {
        if (sharedStartFailure != null) {
            throw new IllegalStateException("The shared chat server failed to start earlier",
                    sharedStartFailure);
        }
        if (shared == null) {
            try {
                // Heartbeats and the Socket.IO connect timeout short enough for tests to watch them
                // expire; every real client answers pings, so other tests do not notice. (The raw
                // test socket does not, and is closed within two native heartbeats.)
                shared = launch(new Builder(SHARED_NAME).port(ItSettings.port())
                        .postgres()
                        .externalIssuer()
                        .env("CHAT_REALTIME_HEARTBEAT_INTERVAL", "PT3S")
                        .env("CHAT_SOCKETIO_PING_INTERVAL", "1000")
                        .env("CHAT_SOCKETIO_PING_TIMEOUT", "4000")
                        .env("CHAT_SOCKETIO_CONNECT_TIMEOUT", "4000"));
            } catch (RuntimeException e) {
                sharedStartFailure = e;
                throw e;
            }
        }
        return shared;
    }

    /**
     * A variant server named {@code name} (which names its directories and logs), on port
     * {@code chat.it.port + 1} unless told otherwise. Close it when done.
     */
    public static Builder builder(String name) {
        if (SHARED_NAME.equals(name)) {
            throw new IllegalArgumentException("'" + SHARED_NAME + "' is the shared server's name");
        }
        return new Builder(name);
    }

    @Override
    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    /** A WebSocket address on this server, e.g. {@code wsUri("/ws/chat?token=...")}. */
    @Override
    public URI wsUri(String path) {
        return URI.create("ws://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    /** The server's process id, e.g. to read its memory from {@code /proc} or attach {@code jcmd}. */
    public long pid() {
        return process.pid();
    }

    /** Payara's log file for this server, e.g. to assert that something was never logged. */
    public Path serverLog() {
        return files.writtenServerLog();
    }

    /** Stops a variant server; the shared server ignores this and stops with the JVM. */
    @Override
    public void close() {
        synchronized (ChatServer.class) {
            if (this == shared) {
                return;
            }
            stop();
            if (variant == this) {
                variant = null;
            }
        }
    }

    @Override
    public String toString() {
        return "chat server '" + name + "' on port " + port;
    }

    private static synchronized ChatServer startVariant(Builder builder) {
        if (variant != null) {
            throw new IllegalStateException(variant + " is still running; close it before starting '"
                    + builder.name + "'");
        }
        variant = launch(builder);
        return variant;
    }

    private static ChatServer launch(Builder builder) {
        ServerFiles files = ServerFiles.of(ItSettings.workDir(), builder.name);
        stopLeftover(files);
        requireFreePort(builder.port);
        if (builder.keepData) {
            files.resetKeepingData();
        } else {
            files.reset();
        }

        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                // As the pom's payara-micro:start: JSON-P's provider by name, not by a class-path scan per call
                "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"));
        java.addAll(ItSettings.extraServerJvmOptions());
        ProcessBuilder command = new ProcessBuilder(java);
        command.command().addAll(List.of(
                "-jar", ItSettings.payaraMicroJar().toString(),
                "--deploy", ItSettings.war().toString(),
                "--port", String.valueOf(builder.port),
                "--nohazelcast",
                "--rootDir", files.rootDir().toString(),
                "--logtofile", files.serverLog().toString(),
                // The same runtime settings as `mvn payara-micro:start`
                "--prebootcommandfile", PRE_BOOT_COMMANDS.toAbsolutePath().toString()));
        command.redirectErrorStream(true)
                .redirectOutput(files.consoleLog().toFile());
        builder.configure(command.environment(), files.dataDir());

        Instant started = Instant.now();
        ChatServer server;
        try {
            server = new ChatServer(builder.name, builder.port, files, command.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro: " + command.command(), e);
        }
        RUNNING.add(server);
        files.writePid(server.process.pid());
        LOG.info(() -> "Starting " + server + ", console " + files.consoleLog());
        server.awaitReady();
        LOG.info(() -> server + " ready after "
                + Duration.between(started, Instant.now()).toSeconds() + " s");
        return server;
    }

    /**
     * Polls readiness. Payara logs "ready in" once it has booted and deployed (or failed to deploy)
     * the WAR; from then on a failed deployment or a readiness check that stays down means the app
     * is broken, so the start fails at once or after a grace period instead of after the full
     * timeout.
     */
    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        Instant bootedAt = null;
        URI readiness = baseUri().resolve("/health/ready");
        for (Probe probe = probe(readiness); !probe.up(); probe = probe(readiness)) {
            if (!process.isAlive()) {
                throw startFailure("exited with code " + process.exitValue() + " before it was ready");
            }
            if (bootedAt == null && files.consoleLogHasLine(ChatServer::isBootedLine)) {
                bootedAt = Instant.now();
            }
            if (bootedAt != null && files.consoleLogHasLine(line -> line.contains(DEPLOY_FAILED))) {
                throw startFailure("failed to deploy " + ItSettings.war());
            }
            if (bootedAt != null && Instant.now().isAfter(bootedAt.plus(READY_AFTER_BOOT))) {
                throw startFailure("booted, but /health/ready was not UP within "
                        + READY_AFTER_BOOT.toSeconds() + " s; last answer: " + probe.answer());
            }
            if (Instant.now().isAfter(deadline)) {
                throw startFailure("was not ready within " + STARTUP_TIMEOUT.toSeconds()
                        + " s; last answer: " + probe.answer());
            }
            try {
                Thread.sleep(POLL_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw startFailure("was interrupted while starting");
            }
        }
    }

    private static boolean isBootedLine(String line) {
        return line.contains("Payara Micro") && line.contains(" ready in ");
    }

    private static Probe probe(URI readiness) {
        HttpRequest request = HttpRequest.newBuilder(readiness).timeout(PROBE_TIMEOUT).GET().build();
        try {
            var response = PROBE.send(request, BodyHandlers.ofString());
            boolean up = response.statusCode() == 200 && "UP".equals(healthStatus(response.body()));
            String body = response.body();
            return new Probe(up, response.statusCode() + " "
                    + body.substring(0, Math.min(body.length(), PROBE_ANSWER_LIMIT)));
        } catch (IOException e) {
            return new Probe(false, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted");
        }
    }

    private static String healthStatus(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getString("status", null);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return null;
        }
    }

    private IllegalStateException startFailure(String reason) {
        stop();
        return new IllegalStateException(this + " " + reason + "\n" + files.logTail(LOG_TAIL_LINES));
    }

    private void stop() {
        process.destroy();
        awaitExit(process.toHandle());
        RUNNING.remove(this);
        files.deletePid();
    }

    private static void stopAll() {
        List<ChatServer> servers = List.copyOf(RUNNING);
        // Signal every server first so they shut down in parallel, then wait for each.
        servers.forEach(server -> server.process.destroy());
        servers.forEach(ChatServer::stop);
    }

    /** Kills a server that an earlier test JVM started and could not stop (it was killed itself). */
    private static void stopLeftover(ServerFiles files) {
        files.readPid()
                .flatMap(ProcessHandle::of)
                .filter(process -> process.info().commandLine()
                        .map(line -> line.contains(files.rootDir().toString()))
                        .orElse(false))
                .ifPresent(process -> {
                    LOG.warning(() -> "Stopping leftover Payara Micro, pid " + process.pid());
                    process.destroy();
                    awaitExit(process);
                });
        files.deletePid();
    }

    private static void awaitExit(ProcessHandle process) {
        process.onExit().completeOnTimeout(process, STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .join();
        if (process.isAlive()) {
            process.destroyForcibly();
            process.onExit().completeOnTimeout(process, STOP_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS).join();
        }
    }

    private static void requireFreePort(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        } catch (IOException e) {
            return;
        }
        throw new IllegalStateException("Port " + port + " is already in use; is an earlier "
                + "server still running? (pgrep -af payara-micro)");
    }

    /** What to start; see {@link ChatServer#builder(String)}. */
    public static final class Builder {

        private final String name;
        private int port = ItSettings.port() + 1;
        private boolean postgres;
        private boolean externalIssuer;
        private boolean keepData;
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Use the IT PostgreSQL database instead of a fresh embedded H2 database. */
        public Builder postgres() {
            this.postgres = true;
            return this;
        }

        /** Trust {@link TestTokens} instead of running the built-in issuer. */
        public Builder externalIssuer() {
            this.externalIssuer = true;
            return this;
        }

        /** Start on the data an earlier server of the same name left behind, to test a restart. */
        public Builder keepData() {
            this.keepData = true;
            return this;
        }

        /** An environment variable for the server, e.g. {@code CHAT_ADMIN_USERNAME}; set last. */
        public Builder env(String variable, String value) {
            environment.put(variable, value);
            return this;
        }

        /** Starts the server and waits until it is ready. */
        public ChatServer start() {
            return startVariant(this);
        }

        private void configure(Map<String, String> env, Path dataDir) {
            env.keySet().removeIf(key -> APP_VARIABLE_PREFIXES.stream().anyMatch(key::startsWith));
            env.put("CHAT_DATA_DIR", dataDir.toString());
            if (postgres) {
                env.put("DB_URL", ItSettings.dbUrl());
                env.put("DB_USER", ItSettings.dbUser());
                env.put("DB_PASSWORD", ItSettings.dbPassword());
            }
            if (externalIssuer) {
                env.putAll(TestTokens.serverSettings());
            }
            env.putAll(environment);
        }
    }

    private record Probe(boolean up, String answer) {
    }
}
