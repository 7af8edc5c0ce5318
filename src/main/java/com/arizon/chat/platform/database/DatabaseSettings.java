package com.arizon.chat.platform.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database is, from the environment: {@code DATABASE_URL=postgresql://user:pass@host:port/db}
 * (the seed's variable), or JDBC-style {@code DB_URL}/{@code DB_USER}/{@code DB_PASSWORD}; with neither,
 * an embedded H2 file database under the data directory, so a first run needs no set-up.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    public static DatabaseSettings fromEnvironment() {
        return from(System.getenv(), DataDirectory.path());
    }

    static DatabaseSettings from(Map<String, String> env, Path dataDirectory) {
        String databaseUrl = blankToNull(env.get("DATABASE_URL"));
        String dbUrl = blankToNull(env.get("DB_URL"));
        if (dbUrl != null) {
            return new DatabaseSettings(dbUrl, env.getOrDefault("DB_USER", ""), env.getOrDefault("DB_PASSWORD", ""));
        }
        if (databaseUrl != null) {
            return fromDatabaseUrl(databaseUrl);
        }
        String file = dataDirectory.resolve("arizon-chat").toAbsolutePath().toString();
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    static DatabaseSettings fromDatabaseUrl(String databaseUrl) {
        URI uri = URI.create(databaseUrl);
        String scheme = uri.getScheme();
        if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
            throw new IllegalArgumentException("DATABASE_URL must start with postgresql://");
        }
        String user = "";
        String password = "";
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
        return new DatabaseSettings(jdbcUrl, user, password);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user=" + user + "]";
    }
}
