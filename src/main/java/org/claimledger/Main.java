package org.claimledger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.claimledger.cli.ClaimLedgerApp;
import org.claimledger.embedded.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Starts claimledger. With no database configured (QUARKUS_DATASOURCE_JDBC_URL), it first starts an
 * embedded PostgreSQL whose data survives restarts, then hands its address to Quarkus. This has to
 * happen before Quarkus reads its configuration, hence a main method rather than a startup bean.
 */
@QuarkusMain
public final class Main {
    static final int DEFAULT_EMBEDDED_PORT = 54329;

    private Main() {
    }

    public static void main(String... args) throws Exception {
        if (args.length > 0) {
            // One-shot commands (token, import, export) must not take the HTTP port of a running service.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.log.console.level", setting("claimledger.cli.log-level").orElse("WARN"));
        }
        if (setting("quarkus.datasource.jdbc.url").isPresent()) {
            Quarkus.run(ClaimLedgerApp.class, args);
            return;
        }
        Path dataDirectory = Path.of(setting("claimledger.embedded.data-dir")
                .orElse(System.getProperty("user.home") + "/.claimledger/pgdata"));
        int port = setting("claimledger.embedded.port").map(Integer::parseInt).orElse(DEFAULT_EMBEDDED_PORT);
        CompletableFuture<EmbeddedDatabase> starting;
        try {
            // PostgreSQL starts beside Quarkus; the first connection waits for it (see AwaitStart)
            starting = EmbeddedDatabase.startInBackground(dataDirectory, port);
        } catch (EmbeddedDatabase.InUse e) {
            // a running service holds the database: one line that says what to do, not a stack trace
            System.err.println("claimledger: " + e.getMessage());
            System.exit(1);
            return;
        }
        starting.whenComplete((database, failure) -> {
            if (failure != null) {
                System.err.println("claimledger: the embedded PostgreSQL in " + dataDirectory + " did not start: "
                        + failure.getMessage());
                System.exit(1);
            }
        });
        System.setProperty("quarkus.datasource.jdbc.url", EmbeddedDatabase.awaitingUrl(port));
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty("quarkus.datasource.password", "");
        try {
            Quarkus.run(ClaimLedgerApp.class, (code, failure) -> {
                if (failure != null) {
                    failure.printStackTrace();
                }
                exitCode = code;
            }, args);
        } finally {
            EmbeddedDatabase database = starting.exceptionally(failure -> null).join();
            if (database != null) {
                database.close();
            }
        }
        System.exit(exitCode);
    }

    private static volatile int exitCode;

    /** A setting from a system property or, in the usual upper-case form, the environment. */
    static Optional<String> setting(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        return Optional.ofNullable(env).filter(v -> !v.isBlank());
    }
}
