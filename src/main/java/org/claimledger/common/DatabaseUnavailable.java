package org.claimledger.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means the database could not be reached at that moment (it is down, restarting,
 * or a standby is being promoted) rather than that the request or the code is wrong. Such a request may
 * be sent again; see {@link ProblemMapper#unavailable}.
 */
final class DatabaseUnavailable {
    /**
     * SQLSTATE class 08 is "connection exception"; 57P01-57P03 are a server shutting down, crashed or
     * not yet accepting connections; 25006 is a write reaching a server that is (still) a standby.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "25006");
    /** Agroal's message when no connection could be had within the acquisition timeout; it sets no SQLSTATE. */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailable() {
    }

    /**
     * Searches the causes and the suppressed exceptions: a failed commit arrives as Narayana's
     * RollbackException with the driver's I/O error suppressed in it, not as its cause.
     */
    static boolean causedBy(Throwable failure) {
        return search(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean search(Throwable t, Set<Throwable> seen) {
        if (t == null || seen.size() >= 50 || !seen.add(t)) {
            return false;
        }
        if (unavailable(t)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        return search(t.getCause(), seen);
    }

    private static boolean unavailable(Throwable t) {
        return t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLException sql && unavailable(sql)
                || t instanceof org.hibernate.JDBCException jdbc && jdbc.getSQLException() != null
                        && unavailable(jdbc.getSQLException());
    }

    private static boolean unavailable(SQLException e) {
        SQLException next = e;
        for (int depth = 0; next != null && depth < 20; depth++, next = next.getNextException()) {
            String state = next.getSQLState();
            if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                return true;
            }
            if (state == null && next.getMessage() != null && next.getMessage().contains(ACQUISITION_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
