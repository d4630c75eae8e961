package org.claimledger.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Direct reads of the database, for asserting what was (or was not) stored. */
public final class Db {
    private Db() {
    }

    public static long count(String sqlFromWhere) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + sqlFromWhere)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a statement as a direct database user would, in a transaction that is then rolled back;
     * returns PostgreSQL's error message, or null when it was not refused. The rollback keeps the shared
     * database as it was even when a statement that should be refused (a DELETE of every claim) is not.
     */
    public static String refusal(String sql) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(sql);
                return null;
            } catch (SQLException e) {
                return e.getMessage();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until every transaction running now, in any session (the background refresh of measure
     * summaries included), has ended. The changes feed shows a change only once every transaction that
     * began before it has ended; a test that reads the feed to its end calls this first, so what it reads
     * does not depend on what else the service happened to be doing.
     */
    public static void awaitTransactionsRunningNow(Duration timeout) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             Statement s = c.createStatement()) {
            String next = single(s, "SELECT pg_snapshot_xmax(pg_current_snapshot())::text");
            await("transactions begun before xid " + next + " to end").atMost(timeout).pollInterval(Duration.ofMillis(20))
                    .until(() -> "t".equals(single(s, "SELECT pg_snapshot_xmin(pg_current_snapshot()) >= '" + next + "'::xid8")));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
