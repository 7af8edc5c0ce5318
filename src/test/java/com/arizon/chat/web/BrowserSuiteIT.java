package com.arizon.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.arizon.chat.it.support.ChatServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The web client end to end: runs the browser suite in {@code src/test/js/browser} (node's test
 * runner driving Debian's headless Chromium through playwright-core) against a variant server with
 * a fresh embedded database and the built-in issuer, whose register and login screens the suite
 * uses. {@code scripts/test.sh} installs Chromium, Node.js and the suite's packages.
 */
class BrowserSuiteIT {

    private static final Logger LOG = Logger.getLogger(BrowserSuiteIT.class.getName());

    private static final Path BASE_DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path SUITE = BASE_DIR.resolve("src/test/js/browser");
    private static final Path SCREENSHOTS = BASE_DIR.resolve("target/screenshots");
    private static final Duration SUITE_TIMEOUT = Duration.ofMinutes(10);

    @Test
    void webClientPassesTheBrowserSuite() throws Exception {
        assertThat(SUITE.resolve("node_modules/playwright-core"))
                .as("the browser suite's packages; install them with: npm ci --prefix src/test/js/browser "
                        + "(scripts/test.sh does)")
                .isDirectory();
        Files.deleteIfExists(SCREENSHOTS.resolve("room-view.png"));

        int exitCode;
        try (ChatServer server = ChatServer.builder("browser").start()) {
            exitCode = runSuite(server);
        }

        assertThat(exitCode).as("exit code of node --test in %s (its output is in the log above)", SUITE)
                .isZero();
        assertThat(SCREENSHOTS.resolve("room-view.png")).isNotEmptyFile();
    }

    private static int runSuite(ChatServer server) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec")
                .directory(SUITE.toFile())
                .redirectErrorStream(true);
        command.environment().put("CHAT_BASE_URL", server.baseUri().toString());
        command.environment().put("CHAT_SCREENSHOT_DIR", SCREENSHOTS.toString());
        command.environment().put("NO_COLOR", "1");
        LOG.info(() -> "Running the browser suite against " + server);
        Process suite = command.start();
        Thread output = new Thread(() -> streamToLog(suite), "browser-suite-output");
        output.start();
        if (!suite.waitFor(SUITE_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
            suite.descendants().forEach(ProcessHandle::destroyForcibly);
            suite.destroyForcibly();
            throw new AssertionError("The browser suite did not finish within " + SUITE_TIMEOUT.toMinutes() + " minutes");
        }
        output.join();
        return suite.exitValue();
    }

    private static void streamToLog(Process suite) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(suite.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> LOG.info(() -> "[browser] " + line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
