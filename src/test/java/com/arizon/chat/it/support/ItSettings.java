package com.arizon.chat.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The system properties that failsafe passes to the black-box tests (see pom.xml), with defaults
 * that match the pom so a test also runs from an IDE after {@code mvn package}.
 */
final class ItSettings {

    private ItSettings() {
    }

    static Path payaraMicroJar() {
        return existingFile("payara.microJar", "target/payara-micro.jar");
    }

    static Path war() {
        return existingFile("chat.it.war", "target/ROOT.war");
    }

    static int port() {
        return Integer.parseInt(System.getProperty("chat.it.port", "18080"));
    }

    static String dbUrl() {
        return System.getProperty("chat.it.dbUrl", "jdbc:postgresql://127.0.0.1:5432/arizon_chat_test");
    }

    static String dbUser() {
        return System.getProperty("chat.it.dbUser", "postgres");
    }

    static String dbPassword() {
        return System.getProperty("chat.it.dbPassword", "");
    }

    /** JVM options added to the server's, space-separated (the benchmark's {@code BENCH_SERVER_JVM}). */
    static List<String> extraServerJvmOptions() {
        String options = System.getProperty("chat.it.serverJvmOptions", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    static Path workDir() {
        return Path.of(System.getProperty("chat.it.workDir", "target/it")).toAbsolutePath();
    }

    private static Path existingFile(String property, String fallback) {
        Path file = Path.of(System.getProperty(property, fallback)).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " (system property " + property
                    + ") does not exist; run 'mvn package' first");
        }
        return file;
    }
}
