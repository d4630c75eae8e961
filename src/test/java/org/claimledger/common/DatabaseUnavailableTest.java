package org.claimledger.common;

import jakarta.transaction.RollbackException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import jakarta.transaction.RollbackException;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are the database being out of reach (a 503 to retry), and which stay errors. */
class DatabaseUnavailableTest {

    @Test
    void theDriverFailingToConnectOrLosingItsConnectionIsUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(new PSQLException(
                "Could not find a server with specified targetServerType: primary", PSQLState.CONNECTION_UNABLE_TO_CONNECT))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new PSQLException(
                "An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("gone"))).isTrue();
    }

    @Test
    void aServerShuttingDownCrashingStartingOrStillAStandbyIsUnavailability() {
        for (String state : new String[] {"57P01", "57P02", "57P03", "25006"}) {
            assertThat(DatabaseUnavailable.causedBy(new SQLException("FATAL", state))).as(state).isTrue();
        }
    }

    @Test
    void thePoolFindingNoConnectionInTimeIsUnavailability() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Sorry, acquisition timeout!"))).isTrue();
    }

    @Test
    void itIsFoundBehindHibernateAndTransactionWrappers() {
        SQLException lost = new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST);
        assertThat(DatabaseUnavailable.causedBy(new JDBCConnectionException("could not execute statement", lost))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("commit failed",
                new IllegalStateException("rollback", lost)))).isTrue();
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE));
        commit.addSuppressed(xa);
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("Error invoking subclass method", commit)))
                .as("a commit whose connection broke").isTrue();
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(wrapNext(batch)))).isTrue();
    }

    @Test
    void badDataConstraintsAndBugsAreNot() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(DatabaseUnavailable.causedBy(new ConstraintViolationException("dup", unique, "claim_key"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("invalid byte sequence", "22021"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        first.addSuppressed(second);
        assertThat(DatabaseUnavailable.causedBy(first)).isFalse();
    }

    private static SQLException wrapNext(SQLException next) {
        SQLException outer = new SQLException("batch failed", (String) null);
        outer.setNextException(next);
        return outer;
    }
}
