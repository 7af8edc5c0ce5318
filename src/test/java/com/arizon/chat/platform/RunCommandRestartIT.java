package com.arizon.chat.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command ({@code mvn payara-micro:start}, through a nested Maven on the embedded
 * database) killed with SIGKILL and started again: readiness goes UP once, when the application
 * that keeps serving is ready, and {@code /api} answers from then on. Payara Micro on a kept root
 * directory used to serve the copy kept from the last run, then undeploy it and deploy the WAR
 * again: readiness DOWN and 404 on {@code /api} for seconds after the first UP.
 *
 * <p>Runs on the variant port ({@code chat.it.port + 1}), like the other variant servers one at a
 * time; two boots of about 25 s each.
 */
class RunCommandRestartIT {

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration WATCH_AFTER_BOOT = Duration.ofSeconds(5);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final long PROBE_INTERVAL_MILLIS = 100;
    private static final Pattern BOOTED = Pattern.compile("Payara Micro .* ready in ");
    private static final Pattern RUNTIME_DIR = Pattern.compile("Runtime directory is located at (\\S*payaramicro-rt\\S*)");
    private static final List<String> APP_VARIABLE_PREFIXES =
            List.of("CHAT_", "DB_", "DATABASE_URL", "MP_", "CORS_");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PROBE_TIMEOUT)
            .build();
    private final int port = Integer.parseInt(System.getProperty("chat.it.port", "18080")) + 1;
    private final Path workDir = Path.of(System.getProperty("chat.it.workDir", "target/it")).toAbsolutePath();
    private final List<Process> started = new ArrayList<>();

    @Test
    void afterAKillTheRestartedServerGoesUpOnceAndServesFromThen() throws Exception {
        Path firstLog = workDir.resolve("run-command-1-console.log");
        Process first = runCommand(firstLog);
        List<String> firstStart = watch(first, firstLog);
        assertThat(firstStart).as("the first start's readiness and /api").anyMatch(RunCommandRestartIT::isUp);

        kill(first);
        removeRuntimeDirectory(firstLog);

        Path secondLog = workDir.resolve("run-command-2-console.log");
        List<String> restart = watch(runCommand(secondLog), secondLog);

        int firstUp = indexOfFirstUp(restart);
        assertThat(firstUp).as("readiness went UP after the restart: %s", restart).isNotNegative();
        assertThat(restart.subList(firstUp, restart.size()))
                .as("after the first UP, readiness stays UP and /api answers (401 without a token): %s", restart)
                .allMatch(RunCommandRestartIT::isUp);
    }

    @AfterEach
    void stopServers() {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            awaitExit(process.toHandle());
        }
    }

    /** {@code mvn payara-micro:start} in the project, with only the data directory configured. */
    private Process runCommand(Path consoleLog) throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B"));
        if (System.getProperty("chat.it.mavenOffline", "").equals("offline=true")) {
            command.add("-o");
        }
        command.addAll(List.of("fish.payara.maven.plugins:payara-micro-maven-plugin:start", "-Dchat.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile());
        builder.environment().keySet()
                .removeIf(key -> APP_VARIABLE_PREFIXES.stream().anyMatch(key::startsWith));
        builder.environment().put("CHAT_DATA_DIR", workDir.resolve("run-command-data").toString());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /**
     * Probes readiness and {@code /api} every 100 ms until Payara reports it has booted and deployed,
     * and a few seconds more; returns each change of the answers, in order.
     */
    private List<String> watch(Process process, Path consoleLog) throws InterruptedException {
        List<String> changes = new ArrayList<>();
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        Instant watchUntil = null;
        while (watchUntil == null || Instant.now().isBefore(watchUntil)) {
            assertThat(process.isAlive()).as("the run command is running; see %s", consoleLog).isTrue();
            assertThat(Instant.now()).as("booted within %s; see %s", BOOT_TIMEOUT, consoleLog).isBefore(deadline);
            String answers = "ready=" + probe("/health/ready") + " api=" + probe("/api/chat/rooms");
            if (changes.isEmpty() || !changes.get(changes.size() - 1).equals(answers)) {
                changes.add(answers);
            }
            if (watchUntil == null && logMatches(consoleLog, BOOTED).isPresent()) {
                watchUntil = Instant.now().plus(WATCH_AFTER_BOOT);
            }
            Thread.sleep(PROBE_INTERVAL_MILLIS);
        }
        return changes;
    }

    private String probe(String path) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(PROBE_TIMEOUT).GET().build();
        try {
            var response = http.send(request, BodyHandlers.ofString());
            boolean up = response.body().replace(" ", "").contains("\"status\":\"UP\"");
            return response.statusCode() + (path.startsWith("/health") && up ? " UP" : "");
        } catch (IOException e) {
            return "no answer";
        }
    }

    private static boolean isUp(String answers) {
        return answers.equals("ready=200 UP api=401");
    }

    private static int indexOfFirstUp(List<String> changes) {
        for (int i = 0; i < changes.size(); i++) {
            if (isUp(changes.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** SIGKILL to Payara's JVM, as a crash or an OOM killer would; Maven then ends by itself. */
    private static void kill(Process runCommand) {
        runCommand.descendants().forEach(ProcessHandle::destroyForcibly);
        runCommand.descendants().forEach(RunCommandRestartIT::awaitExit);
        awaitExit(runCommand.toHandle());
    }

    /** What a killed server leaves behind in target/ ({@code mvn clean} would too). */
    private static void removeRuntimeDirectory(Path consoleLog) throws IOException {
        Optional<String> directory = logMatches(consoleLog, RUNTIME_DIR).map(match -> match.group(1));
        if (directory.isEmpty()) {
            return;
        }
        try (Stream<Path> paths = Files.walk(Path.of(directory.get()))) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Optional<Matcher> logMatches(Path consoleLog, Pattern pattern) {
        try {
            return new String(Files.readAllBytes(consoleLog), StandardCharsets.UTF_8).lines()
                    .map(pattern::matcher)
                    .filter(Matcher::find)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mavenExecutable() {
        String home = System.getProperty("chat.it.mavenHome", "");
        return home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }

    private static void awaitExit(ProcessHandle process) {
        process.onExit().completeOnTimeout(process, 30, TimeUnit.SECONDS).join();
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
