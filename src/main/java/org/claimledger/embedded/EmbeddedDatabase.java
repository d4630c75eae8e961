package org.claimledger.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * A real PostgreSQL 15 started from the binaries on the classpath, for when no external database
 * is configured. Used by the service (persistent data directory) and by the tests (throw-away one).
 */
public final class EmbeddedDatabase implements Closeable {
    public static final String DATABASE = "claimledger";
    public static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final String OWNER_FILE = "claimledger.owner";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts PostgreSQL on {@code port} (0 picks a free one) keeping its data in {@code dataDirectory}. */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean throwAway) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(throwAway)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Bulk imports write large batches; a bigger WAL window avoids checkpoints mid-import.
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_connections", "100");
        if (port > 0) {
            builder.setPort(port);
        }
        if (!throwAway) {
            // The library starts PostgreSQL with -F and synchronous_commit=off, fine for tests but not
            // for data people rely on: committed data must survive a crash.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        Files.writeString(dataDirectory.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory);
        database.createDatabaseIfMissing();
        return database;
    }

    /**
     * Starts PostgreSQL on {@code port} in the background and returns at once, so that it starts while
     * the application boots (about a second of a three-second start). {@link #awaitingUrl(int)} is the
     * JDBC URL to use meanwhile: its connections wait for this start. A data directory in use by a
     * running claimledger is refused here, before anything starts.
     */
    public static CompletableFuture<EmbeddedDatabase> startInBackground(Path dataDirectory, int port)
            throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        CompletableFuture<EmbeddedDatabase> started = new CompletableFuture<>();
        AwaitStart.await(started);
        Thread thread = new Thread(() -> {
            try {
                started.complete(start(dataDirectory, port, false));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "embedded-postgresql-start");
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /** The JDBC URL of the database {@link #startInBackground} is starting: connecting waits until it is up. */
    public static String awaitingUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USER
                + "&socketFactory=" + AwaitStart.class.getName();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IOException("could not create the " + DATABASE + " database", e);
        }
    }

    /**
     * After a SIGKILL of the JVM the postmaster keeps running on the data directory, and a new start
     * would silently connect to it. Stop it when the JVM that owned it is gone; refuse to share it
     * when that JVM is still alive.
     */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = readPid(dataDirectory.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (postmaster.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> owner = readPid(dataDirectory.resolve(OWNER_FILE))
                .filter(pid -> pid != ProcessHandle.current().pid())
                .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (owner.isPresent()) {
            throw new InUse(dataDirectory, owner.get().pid());
        }
        LOG.warning("stopping an orphaned embedded PostgreSQL (pid " + postmaster.get().pid()
                + ") left behind by a claimledger that did not shut down");
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.get().destroyForcibly();
        }
    }

    /** The data directory belongs to a claimledger that is still running: one PostgreSQL, one owner. */
    public static final class InUse extends IOException {
        InUse(Path dataDirectory, long owner) {
            super("the embedded database in " + dataDirectory + " is in use by the claimledger running as process "
                    + owner + "; stop that service first (or set CLAIMLEDGER_EMBEDDED_DATA_DIR to use another one)");
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        Files.deleteIfExists(dataDirectory.resolve(OWNER_FILE));
    }
}
