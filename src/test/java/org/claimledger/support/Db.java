package org.claimledger.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
}
