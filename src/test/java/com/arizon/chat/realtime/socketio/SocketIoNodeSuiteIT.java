package com.arizon.chat.realtime.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ChatServer;
import com.arizon.chat.it.support.TestUser;
import com.arizon.chat.realtime.RealtimeFixtures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the Node test suite in {@code src/test/js/socketio} (the seed's JavaScript samples with the
 * real {@code socket.io-client} from npm) against the shared server, with three fresh users, and
 * streams its output to the log. {@code npm ci --prefix src/test/js/socketio} must have run
 * (scripts/test.sh does it).
 */
class SocketIoNodeSuiteIT {

    private static final Logger LOG = Logger.getLogger(SocketIoNodeSuiteIT.class.getName());
    private static final Path SUITE = Path.of("src", "test", "js", "socketio");
    private static final long TIMEOUT_MINUTES = 5;

    @Test
    void seedSamplesPassWithTheRealSocketIoClient() throws Exception {
        assertThat(SUITE.resolve("node_modules").resolve("socket.io-client"))
                .as("the suite's dependencies; run: npm ci --prefix %s", SUITE)
                .isDirectory();
        ChatServer server = ChatServer.shared();
        JsonArrayBuilder users = Json.createArrayBuilder();
        Stream.generate(RealtimeFixtures::user).limit(3).forEach(user -> users.add(describe(user)));

        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec", "--test-timeout=60000",
                "--test-force-exit")
                .directory(SUITE.toFile())
                .redirectErrorStream(true);
        node.environment().put("CHAT_URL", server.baseUri().toString());
        node.environment().put("CHAT_USERS", users.build().toString());
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

    private static JsonObject describe(TestUser user) {
        return Json.createObjectBuilder()
                .add("id", user.id())
                .add("token", user.token())
                .add("email", user.email())
                .build();
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
