package com.arizon.chat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where one test server keeps its state, logs and pid, all named after the server. */
record ServerFiles(Path dataDir, Path rootDir, Path serverLog, Path consoleLog, Path pidFile) {

    private static final Pattern ANSI_COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

    static ServerFiles of(Path workDir, String name) {
        return new ServerFiles(
                workDir.resolve(name + "-data"),
                workDir.resolve(name + "-root"),
                workDir.resolve(name + "-server.log"),
                workDir.resolve(name + "-console.log"),
                workDir.resolve(name + "-server.pid"));
    }

    /** Empties the data and root directories and removes old logs. */
    void reset() {
        try {
            deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + dataDir, e);
        }
        resetKeepingData();
    }

    /** Empties the root directory and removes old logs, keeping the data as the last run left it. */
    void resetKeepingData() {
        try {
            deleteRecursively(rootDir);
            Files.createDirectories(dataDir);
            Files.deleteIfExists(consoleLog);
            try (DirectoryStream<Path> logs = Files.newDirectoryStream(serverLog.getParent(),
                    serverLog.getFileName() + "*")) {
                for (Path log : logs) {
                    Files.delete(log);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + dataDir.getParent(), e);
        }
    }

    void writePid(long pid) {
        try {
            Files.writeString(pidFile, Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + pidFile, e);
        }
    }

    Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void deletePid() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // Harmless: a pid file is checked against the process's command line before use.
        }
    }

    /**
     * The file Payara writes for {@code --logtofile serverLog}: its file handler adds a generation
     * number, so the current log is {@code serverLog.0}.
     */
    Path writtenServerLog() {
        Path current = serverLog.resolveSibling(serverLog.getFileName() + ".0");
        return Files.exists(current) ? current : serverLog;
    }

    boolean consoleLogHasLine(Predicate<String> line) {
        return readLines(consoleLog).anyMatch(line);
    }

    /** The last lines of the server log, or of the console if the server log was never written. */
    String logTail(int count) {
        Path log = writtenServerLog();
        if (!Files.exists(log)) {
            log = consoleLog;
        }
        Deque<String> lines = new ArrayDeque<>(count);
        readLines(log).filter(line -> !line.isBlank()).forEach(line -> {
            if (lines.size() == count) {
                lines.removeFirst();
            }
            lines.addLast(line);
        });
        return "--- last " + lines.size() + " lines of " + log + " ---\n" + String.join("\n", lines);
    }

    private static Stream<String> readLines(Path file) {
        try {
            // Decoded leniently: a log cut mid-character must not hide the rest.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines()
                    .map(line -> ANSI_COLOUR.matcher(line).replaceAll(""));
        } catch (IOException e) {
            return Stream.of("(cannot read " + file + ": " + e + ")");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
