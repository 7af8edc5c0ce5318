package com.arizon.chat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A thread dump of a test server taken with the JDK's {@code jcmd <pid> Thread.print}, which ends
 * with HotSpot's deadlock detection: cycles of threads waiting for each other's monitors or
 * {@code java.util.concurrent} locks, reported as "Found one Java-level deadlock".
 */
public final class ServerThreadDump {

    private static final Duration JCMD_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern DEADLOCK_REPORT = Pattern.compile("Found (one Java-level deadlock|\\d+ deadlocks)");
    private static final String CYCLE_STACKS = "Java stack information for the threads listed above";
    private static final int STACK_LINES_SHOWN = 60;

    private final long pid;
    private final String text;

    private ServerThreadDump(long pid, String text) {
        this.pid = pid;
        this.text = text;
    }

    /** Dumps the server's threads now; fails if jcmd cannot attach or takes longer than 30 s. */
    public static ServerThreadDump of(ChatServer server) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Path output = Files.createTempFile("thread-dump-" + server.pid(), ".txt");
            try {
                Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(server.pid()), "Thread.print")
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(JCMD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("jcmd " + server.pid() + " Thread.print took over " + JCMD_TIMEOUT);
                }
                String text = Files.readString(output);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("jcmd " + server.pid() + " Thread.print failed: " + text);
                }
                return new ServerThreadDump(server.pid(), text);
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dumping threads", e);
        }
    }

    /**
     * HotSpot's report of the first deadlock: the cycle, then the start of its threads' stacks.
     * Empty when it found none.
     */
    public Optional<String> deadlockReport() {
        var found = DEADLOCK_REPORT.matcher(text);
        if (!found.find()) {
            return Optional.empty();
        }
        List<String> lines = text.substring(found.start()).lines().toList();
        int stacks = lines.indexOf(CYCLE_STACKS + ":");
        int end = stacks < 0 ? lines.size() : Math.min(lines.size(), stacks + STACK_LINES_SHOWN);
        return Optional.of(String.join("\n", lines.subList(0, end)));
    }

    /** How many threads have a name containing {@code part}. */
    public long threadsNamed(String part) {
        return text.lines().filter(line -> line.startsWith("\"") && line.contains("\" #") && line.contains(part))
                .count();
    }

    /** Keeps the whole dump in the IT work directory; returns its path. */
    public Path save(String name) {
        Path file = ItSettings.workDir().resolve(name + "-" + pid + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }
}
