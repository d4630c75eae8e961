package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimledger.embedded.EmbeddedDatabase;
import org.claimledger.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import is one transaction, so a kill -9 of the service in the middle of a large one leaves
 * nothing of it, and a retry with the same Idempotency-Key imports it exactly once. Runs the packaged
 * service (target/quarkus-app) as a child process on an embedded PostgreSQL of its own; the database
 * outlives both runs of the service, as it would in production.
 *
 * <p>The kill must land mid-import, and the test proves it did: it waits until the service's
 * transaction has written claims with COPY (seen in pg_stat_activity, and in the claim table growing on
 * disk) while the HTTP request is still unanswered, and the body holds back its second half until
 * the kill, so the import cannot finish first.
 */
class ImportCrashIT {
    private static final int CLAIMS = 50_000;
    private static final String KEY = "crash-import-50000";

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesNothingAndItsRetryWithTheSameKeyImportsItOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pgdata"), 0, true)) {
            ServiceProcess first = null;
            ServiceProcess second = null;
            try {
                long started = System.nanoTime();
                first = ServiceProcess.start(db, Path.of("target", "import-crash-service-1.log"));
                double firstStart = secondsSince(started);
                // the batch creates its source, which takes an admin token
                String editor = first.newToken("crash-test-importer", "admin");
                long tableBefore = number(db, "SELECT pg_relation_size('claim')");

                GeneratedImport body = new GeneratedImport(CLAIMS, CLAIMS / 2, release);
                long importStarted = System.nanoTime();
                CompletableFuture<Http.Answer> crashed = first.importAsync(editor, KEY, body);
                String transaction = awaitCopyInOpenTransaction(db, Duration.ofMinutes(3));
                // the COPY shows in pg_stat_activity before its first rows reach the table: wait for them
                long grown = 0;
                for (long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                     grown <= 0 && System.nanoTime() < deadline; Thread.sleep(50)) {
                    grown = number(db, "SELECT pg_relation_size('claim')") - tableBefore;
                }
                int claimsSent = body.claimsWritten();
                boolean unanswered = !crashed.isDone();
                int exit = first.kill();
                double killedAfter = secondsSince(importStarted);
                release.countDown();

                assertThat(unanswered).as("the import request was still unanswered at the kill").isTrue();
                assertThat(exit).as("exit status of a process killed by SIGKILL").isEqualTo(128 + 9);
                assertThat(claimsSent).isBetween(1, CLAIMS - 1);
                assertThat(grown).as("bytes of uncommitted claims written to the claim table").isPositive();
                assertThatThrownBy(() -> crashed.get(2, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class);
                awaitNoOpenTransaction(db, Duration.ofMinutes(1));

                long restarted = System.nanoTime();
                second = ServiceProcess.start(db, Path.of("target", "import-crash-service-2.log"));
                double restart = secondsSince(restarted);
                long partial = number(db, "SELECT count(*) FROM claim WHERE external_key LIKE 'crash/%'");
                long runs = number(db, "SELECT count(*) FROM import_run");
                long sources = number(db, "SELECT count(*) FROM source WHERE slug = '" + GeneratedImport.SOURCE + "'");
                long keys = number(db, "SELECT count(*) FROM idempotency_key");
                assertThat(partial).as("claims crash/% after the crash").isZero();
                assertThat(runs).as("import_run rows after the crash").isZero();
                assertThat(sources).as("the batch's source after the crash").isZero();
                assertThat(keys).as("idempotency keys after the crash").isZero();

                long retried = System.nanoTime();
                GeneratedImport again = new GeneratedImport(CLAIMS);
                Http.Answer retry = second.importAsync(editor, KEY, again).get(30, TimeUnit.MINUTES);
                double retryTime = secondsSince(retried);
                assertThat(retry.status()).as(retry.text()).isEqualTo(201);
                assertThat(retry.json().path("claims").path("created").asInt()).isEqualTo(CLAIMS);
                assertThat(number(db, "SELECT count(*) FROM claim WHERE external_key LIKE 'crash/%'")).isEqualTo(CLAIMS);

                long replayed = System.nanoTime();
                Http.Answer replay = second.importAsync(editor, KEY, new GeneratedImport(CLAIMS)).get(30, TimeUnit.MINUTES);
                double replayTime = secondsSince(replayed);
                assertThat(replay.status()).isEqualTo(201);
                assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
                assertThat(replay.json()).isEqualTo(retry.json());
                long stored = number(db, "SELECT count(*) FROM claim WHERE external_key LIKE 'crash/%'");
                assertThat(stored).isEqualTo(CLAIMS);
                assertThat(number(db, "SELECT count(*) FROM import_run")).isEqualTo(1);

                JsonNode report = retry.json();
                System.out.printf("[import-crash] service ready in %.1f s; import of %d claims (%.1f MB) SIGKILLed "
                                + "%.1f s in, with %d claims sent and the claim table %.1f MB larger in an open "
                                + "transaction (%s): exit %d, request failed; restarted in %.1f s: %d crash/ claims, "
                                + "%d import runs, %d sources, %d idempotency keys; retry with the same key: %d in "
                                + "%.1f s, %d claims created; replay: %d Idempotent-Replayed=%s in %.1f s, same report "
                                + "%s, %d claims stored%n", firstStart, CLAIMS, again.bytesWritten() / 1e6, killedAfter,
                        claimsSent, grown / 1e6, transaction, exit, restart, partial, runs, sources, keys,
                        retry.status(), retryTime, report.path("claims").path("created").asInt(), replay.status(),
                        replay.header("Idempotent-Replayed"), replayTime, report.path("id").asText(), stored);
            } finally {
                release.countDown();
                if (first != null) {
                    first.kill();
                }
                if (second != null) {
                    second.kill();
                }
            }
        }
    }

    /** Waits until the service's transaction has copied claims and is still open; describes it. */
    private static String awaitCopyInOpenTransaction(EmbeddedDatabase db, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT state, round(extract(epoch FROM now() - xact_start)::numeric, 1)"
                         + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                         + " AND backend_xid IS NOT NULL AND query LIKE 'COPY claim %'")) {
                if (rs.next()) {
                    return "backend " + rs.getString(1) + " after COPY claim, transaction open " + rs.getString(2) + " s";
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the service never wrote claims with COPY within " + timeout);
    }

    /** PostgreSQL notices the killed service's connections are gone and rolls their transactions back. */
    private static void awaitNoOpenTransaction(EmbeddedDatabase db, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (number(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the killed service's transaction is still open after " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private static long number(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }
}
