package org.claimledger.comparison;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
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
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!cache.isListening() && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(cache.isListening()).as("the instance listens for changes").isTrue();
        String marker = unique("test-marker");
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             Statement s = c.createStatement()) {
            s.execute("SELECT pg_notify('" + MeasureChanges.CHANNEL + "', '" + marker + "')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        while (!cache.heard(marker) && System.nanoTime() < deadline + Duration.ofSeconds(10).toNanos()) {
            pause();
        }
        assertThat(cache.heard(marker)).as("the marker announcement was heard").isTrue();
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
