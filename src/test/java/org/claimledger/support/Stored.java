package org.claimledger.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row counts of everything a write can leave behind. Updates and retractions add a row to
 * {@code revision} (the database keeps every old revision), so equal counts mean nothing was written.
 */
public record Stored(Map<String, Long> counts) {
    private static final List<String> TABLES = List.of("party", "source", "incident", "claim", "claim_link", "revision",
            "import_run", "idempotency_key", "api_token", "api_token WHERE revoked_at IS NOT NULL");

    public static Stored now() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Stored(counts);
    }

    /** The tables whose count changed since {@code before}, with both counts; empty when none did. */
    public Map<String, String> changesSince(Stored before) {
        Map<String, String> changes = new LinkedHashMap<>();
        counts.forEach((table, count) -> {
            long was = before.counts.get(table);
            if (count != was) {
                changes.put(table, was + " -> " + count);
            }
        });
        return changes;
    }
}
