package org.claimledger.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.claimledger.embedded.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The tests' real PostgreSQL: a throw-away embedded one, or the external server named by
 * QUARKUS_DATASOURCE_JDBC_URL (with its USERNAME and PASSWORD) when the environment sets one.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        try {
            database = EmbeddedDatabase.start(Files.createTempDirectory("claimledger-test-pg"), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                database.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
