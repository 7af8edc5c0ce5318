package com.arizon.chat.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The Node test suite in {@code src/test/js/socketio} (the seed's JavaScript samples with the real
 * {@code socket.io-client} from npm), run against a server with three users it may use, its output
 * streamed to the log. {@code npm ci --prefix src/test/js/socketio} must have run (scripts/test.sh
 * does it).
 */
public final class NodeSocketIoSuite {

    private static final Logger LOG = Logger.getLogger(NodeSocketIoSuite.class.getName());
    private static final Path SUITE = Path.of("src", "test", "js", "socketio");
    private static final long TIMEOUT_MINUTES = 5;

    private NodeSocketIoSuite() {
    }

    /** Runs the suite and asserts that it passed. */
    public static void passes(ServerAddress server, List<TestUser> users) throws IOException, InterruptedException {
        assertThat(SUITE.resolve("node_modules").resolve("socket.io-client"))
                .as("the suite's dependencies; run: npm ci --prefix %s", SUITE)
                .isDirectory();
        JsonArrayBuilder described = Json.createArrayBuilder();
        users.forEach(user -> described.add(Json.createObjectBuilder()
                .add("id", user.id())
                .add("token", user.token())
                .add("email", user.email())));

        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec", "--test-timeout=60000",
                "--test-force-exit")
                .directory(SUITE.toFile())
                .redirectErrorStream(true);
        node.environment().put("CHAT_URL", server.baseUri().toString());
        node.environment().put("CHAT_USERS", described.build().toString());
        Process process = node.start();
        Thread output = streamToLog(process);
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        output.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(finished).as("node --test finished within %d minutes", TIMEOUT_MINUTES).isTrue();
        assertThat(process.exitValue()).as("node --test exit code (its output is in the log above)").isZero();
    }

    private static Thread streamToLog(Process process) {
        Thread thread = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> LOG.info(() -> "[node] " + line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "node-suite-output");
        thread.start();
        return thread;
    }
}
