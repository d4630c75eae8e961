package org.claimledger.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.claimledger.embedded.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The tests' real PostgreSQL: a throw-away embedded server, or the external one named by
 * QUARKUS_DATASOURCE_JDBC_URL (with its USERNAME and PASSWORD) when the environment sets one.
 *
 * <p>Tests without a test profile share the database the URL names, holding the bundled dataset. A
 * test profile (a test that bulk-loads or changes more than its own rows) gets a database of its own on
 * the same server, {@code claimledger_test_<profile>}, created empty each time that profile starts, so
 * no such test ever writes to the shared database, let alone to the one an external URL names.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase database;
    private String profile;

    @Override
    public void setContext(Context context) {
        profile = context.testProfile();
    }

    @Override
    public Map<String, String> start() {
        Optional<String> own = Optional.ofNullable(profile).map(EmbeddedPostgresResource::databaseFor);
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null) {
            String user = System.getenv("QUARKUS_DATASOURCE_USERNAME");
            String password = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
            return own.map(name -> Map.of("quarkus.datasource.jdbc.url", recreate(external, user, password, name)))
                    .orElse(Map.of());
        }
        try {
            database = EmbeddedDatabase.start(Files.createTempDirectory("claimledger-test-pg"), 0, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = own.map(name -> recreate(database.jdbcUrl(), EmbeddedDatabase.USER, null, name))
                .orElse(database.jdbcUrl());
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "");
    }

    /** {@code claimledger_test_queryplantest_large} for the profile class {@code QueryPlanTest.Large}. */
    static String databaseFor(String profileClass) {
        String simple = profileClass.substring(profileClass.lastIndexOf('.') + 1);
        return "claimledger_test_" + simple.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** Drops and creates {@code name} on the server {@code url} points at; returns its JDBC URL. */
    static String recreate(String url, String user, String password, String name) {
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection connection = new org.postgresql.Driver().connect(url, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("a test profile needs a database of its own, but " + name
                    + " could not be created on " + url + " (the test user needs CREATEDB): " + e.getMessage(), e);
        }
        return withDatabase(url, name);
    }

    /** The same JDBC URL with another database: jdbc:postgresql://host:port/DATABASE?parameters. */
    static String withDatabase(String url, String name) {
        return url.replaceFirst("^(jdbc:postgresql://[^/?]*)(/[^?]*)?", "$1/" + name);
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
