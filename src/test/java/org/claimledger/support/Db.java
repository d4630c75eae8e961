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

    /** Runs a statement as a direct database user would; returns PostgreSQL's error message, or null. */
    public static String refusal(String sql) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             Statement s = c.createStatement()) {
            s.execute(sql);
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
