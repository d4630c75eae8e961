package org.claimledger.comparison;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.claimledger.support.Api.unique;

/**
 * Waits for the answer cache of the running instance to listen and to have heard every change committed so
 * far, so that a late announcement of a test's own writes (or of the background refresh) cannot drop an
 * entry between two reads the test compares.
 */
public final class Announcements {
    private Announcements() {
    }

    /** The instance listens, and has heard a marker sent now: announcements of one channel arrive in commit order. */
    public static void awaitAllHeard() {
        ComparisonCache cache = Arc.container().instance(ComparisonCache.class).get();
        await("the instance listens for changes").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(cache::isListening);
        String marker = unique("test-marker");
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             Statement s = c.createStatement()) {
            s.execute("SELECT pg_notify('" + MeasureChanges.CHANNEL + "', '" + marker + "')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        await("the marker announcement was heard").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                .until(() -> cache.heard(marker));
    }
}
