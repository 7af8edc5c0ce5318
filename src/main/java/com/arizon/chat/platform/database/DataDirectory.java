package com.arizon.chat.platform.database;

import java.nio.file.Path;

/** The server's own files (embedded database, built-in signing key): {@code CHAT_DATA_DIR}, default ./data. */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path path() {
        String configured = System.getenv("CHAT_DATA_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("chat.data.dir", "data");
        }
        return Path.of(configured).toAbsolutePath().normalize();
    }
}
