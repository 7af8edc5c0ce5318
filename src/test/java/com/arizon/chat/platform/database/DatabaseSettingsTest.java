package com.arizon.chat.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static final Path DATA = Path.of("/srv/chat/data");

    @Test
    void nothingConfiguredMeansAnEmbeddedFileDatabaseInTheDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(), DATA);
        assertThat(settings.isH2()).isTrue();
        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:/srv/chat/data/arizon-chat;");
    }

    @Test
    void theSeedsDatabaseUrlBecomesJdbcWithDecodedCredentials() {
        DatabaseSettings settings = DatabaseSettings.from(
                Map.of("DATABASE_URL", "postgresql://chat%40ops:p%3Ass@db.example:6543/chat?sslmode=require"), DATA);
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/chat?sslmode=require");
        assertThat(settings.user()).isEqualTo("chat@ops");
        assertThat(settings.password()).isEqualTo("p:ss");
        assertThat(settings.toString()).doesNotContain("p:ss");
    }

    @Test
    void jdbcStyleVariablesWinOverDatabaseUrl() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("DB_URL", "jdbc:postgresql://a/b", "DB_USER", "u",
                "DB_PASSWORD", "p", "DATABASE_URL", "postgresql://x/y"), DATA);
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://a/b");
        assertThat(settings.user()).isEqualTo("u");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> DatabaseSettings.from(Map.of("DATABASE_URL", "mysql://x/y"), DATA))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
