package org.claimledger.ingest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimledger.common.Overloaded;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A read-only REPEATABLE READ transaction on the export pool (datasource "exports", a few connections
 * of its own): a download reads the database as it was at one instant however long its reader takes,
 * and a slow reader holds one of these, never a connection the API's requests need. When all are taken
 * the download is refused with 503 and Retry-After before anything is sent.
 */
@ApplicationScoped
public class ExportSnapshot {
    private static final Logger LOG = Logger.getLogger(ExportSnapshot.class);

    private final AgroalDataSource pool;

    ExportSnapshot(@DataSource("exports") AgroalDataSource pool) {
        this.pool = pool;
    }

    /** An open snapshot; close it (any number of times) to end the transaction and free the connection. */
    public Open open() {
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            throw Overloaded.busy("every export connection is serving a download; try again shortly", 10);
        }
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            return new Open(connection);
        } catch (SQLException e) {
            close(connection);
            throw new IllegalStateException("could not start an export snapshot", e);
        }
    }

    public static final class Open implements AutoCloseable {
        private final Connection connection;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Open(Connection connection) {
            this.connection = connection;
        }

        public Connection connection() {
            return connection;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    LOG.debugf("ending an export snapshot: %s", e.getMessage());
                }
                ExportSnapshot.close(connection);
            }
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debugf("returning an export connection: %s", e.getMessage());
        }
    }
}
