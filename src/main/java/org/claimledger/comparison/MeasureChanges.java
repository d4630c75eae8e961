package org.claimledger.comparison;

import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.claimledger.common.WriteAnswered;
import org.claimledger.common.http.KeptAnswers;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Hears what other writers changed: a connection of its own, outside the pool, LISTENs on
 * measure_changed (migration V11) in a background thread and drops from {@link ComparisonCache} what
 * each announced change touches. When that connection is lost (a restart or failover of the database,
 * a terminated backend) the cache is bypassed and emptied, since announcements sent meanwhile are lost;
 * it serves again once LISTEN is re-established. The connection is checked every second, so a silent
 * loss is noticed within seconds; the entries' maximum age bounds staleness even then.
 */
@ApplicationScoped
public class MeasureChanges {
    static final String CHANNEL = "measure_changed";
    private static final Logger LOG = Logger.getLogger(MeasureChanges.class);
    private static final int CHECK_EVERY_MS = 1000;

    private final boolean enabled;
    private final Duration maxAge;
    private final MemorySize maxSize;
    private final KeptAnswers kept;
    private final Duration reconnectDelay;
    private final Config config;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;
    private ComparisonCache cache;

    MeasureChanges(@ConfigProperty(name = "claimledger.comparison.cache.enabled", defaultValue = "true") boolean enabled,
                   @ConfigProperty(name = "claimledger.comparison.cache.max-age", defaultValue = "5s") Duration maxAge,
                   @ConfigProperty(name = "claimledger.comparison.cache.max-size", defaultValue = "32M")
                   MemorySize maxSize,
                   @ConfigProperty(name = "claimledger.comparison.cache.reconnect-delay", defaultValue = "1s")
                   Duration reconnectDelay,
                   Config config, KeptAnswers kept) {
        this.enabled = enabled;
        this.maxAge = maxAge;
        this.maxSize = maxSize;
        this.kept = kept;
        this.reconnectDelay = reconnectDelay;
        this.config = config;
    }

    @Produces
    @Singleton
    synchronized ComparisonCache cache() {
        if (cache == null) {
            cache = new ComparisonCache(maxAge, maxSize.asLongValue(), kept::estimatedHeap, Ticker.systemTicker());
        }
        return cache;
    }

    /**
     * A write answered by this instance empties its cache before the answer leaves: the announcement of
     * the change reaches the listener a moment after the commit, and a client that reads after its write
     * was acknowledged must not get the figure it replaced. Every kind of write is covered (claims, links,
     * sources, parties, imports) without knowing what each changed.
     */
    void onWrite(@Observes WriteAnswered write) {
        cache().changedAll();
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("the comparison cache is off (claimledger.comparison.cache.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::listen, "measure-changes");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            closeQuietly(connection);
        }
    }

    private void listen() {
        ComparisonCache cache = cache();
        boolean announcedLoss = false;
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                cache.listening();
                LOG.infof("comparison cache on: listening for changes on %s", CHANNEL);
                announcedLoss = false;
                hear(c, cache);
            } catch (SQLException | RuntimeException e) {
                cache.deaf();
                if (running && !announcedLoss) {
                    LOG.warnf("comparison cache bypassed: no connection to hear changes on (%s); retrying every %s",
                            e.getMessage(), reconnectDelay);
                    announcedLoss = true;
                }
            } finally {
                connection = null;
            }
            pause();
        }
        cache.deaf();
    }

    private void hear(Connection c, ComparisonCache cache) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] notes = pg.getNotifications(CHECK_EVERY_MS);
            if (notes != null) {
                for (PGNotification note : notes) {
                    apply(cache, note.getParameter());
                }
            }
            if (System.nanoTime() - checked > CHECK_EVERY_MS * 1_000_000L) {
                // a connection that died silently (the database host gone) throws here rather than never
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                checked = System.nanoTime();
            }
        }
    }

    static void apply(ComparisonCache cache, String payload) {
        switch (payload) {
            case "*" -> cache.changedAll();
            case ComparisonCache.CONTESTED -> cache.contestedChanged();
            default -> cache.changed(payload);
        }
    }

    /** The service's own database, through the same URL (a multi-host one finds the primary after a failover). */
    private Connection connect() throws SQLException {
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        Properties props = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> props.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "claimledger listener pid=" + ProcessHandle.current().pid());
        props.setProperty("connectTimeout", "4");
        // a query of the check that gets no answer: the connection is as good as lost
        props.setProperty("socketTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        Connection c = new org.postgresql.Driver().connect(url, props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url);
        }
        c.setAutoCommit(true);
        return c;
    }

    private void pause() {
        try {
            Thread.sleep(reconnectDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing to stop the thread; nothing to do about it
            }
        }
    }
}
