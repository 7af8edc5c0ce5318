package com.arizon.chat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmark reads about the server process: memory and CPU from /proc, heap and JFR via jcmd. */
final class ServerProcess {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final long JCMD_TIMEOUT_SECONDS = 60;

    private final long pid;

    ServerProcess(long pid) {
        this.pid = pid;
    }

    long pid() {
        return pid;
    }

    /** Resident set size in KiB ({@code VmRSS}). */
    long residentKib() {
        return statusValue("VmRSS:");
    }

    /** Peak resident set size in KiB ({@code VmHWM}). */
    long peakResidentKib() {
        return statusValue("VmHWM:");
    }

    /** CPU time the server used so far (user + system), in nanoseconds. */
    long cpuNanos() {
        return cpuNanos(pid);
    }

    /** CPU time used so far by every PostgreSQL process (user + system), in nanoseconds. */
    static long postgresCpuNanos() {
        long total = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readString(process.resolve("comm")).strip().startsWith("postgres")) {
                        total += cpuNanos(Long.parseLong(process.getFileName().toString()));
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total;
    }

    /** CPU time the whole machine spent busy (all but idle and I/O wait), in nanoseconds. */
    static long machineBusyNanos() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < fields.length; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy * TimeUnit.SECONDS.toNanos(1) / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            return -1;
        }
    }

    private static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * TimeUnit.SECONDS.toNanos(1) / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Heap in use after a full collection, in KiB. */
    long heapUsedAfterGcKib() {
        jcmd("GC.run");
        Matcher matcher = HEAP_USED.matcher(jcmd("GC.heap_info"));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /** The server's heap by class (after a full collection), for seeing what a connection costs. */
    void writeHistogram(Path file) {
        try {
            Files.writeString(file, jcmd("GC.class_histogram"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void startRecording(Path file) {
        jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + file.toAbsolutePath());
    }

    void stopRecording() {
        jcmd("JFR.stop", "name=bench");
    }

    private long statusValue(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** jcmd's output, or "" if it fails or takes over {@link #JCMD_TIMEOUT_SECONDS} (a server that hangs). */
    private String jcmd(String... command) {
        List<String> line = new java.util.ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        line.addAll(List.of(command));
        Path output = null;
        try {
            output = Files.createTempFile("bench-jcmd", ".txt");
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } finally {
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind
        }
    }
}
