package org.claimledger.common;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Streams rows into a table with PostgreSQL COPY: one statement instead of one INSERT per row, on the
 * transaction's own connection, so it stays all or nothing. The connection runs nothing else until
 * {@link #close()}.
 */
public final class CopyWriter implements AutoCloseable {
    private final CSVPrinter printer;
    private long rows;

    CopyWriter(Connection connection, String table, String columns) throws SQLException {
        PGCopyOutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)"), 1 << 16);
        try {
            // PostgreSQL's CSV: an unquoted empty field is NULL, a quoted one an empty string
            this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    1 << 16), CSVFormat.POSTGRESQL_CSV);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the rows with one COPY. A value PostgreSQL refuses (text with a NUL, a duplicate key) ends
     * the COPY with an IOException; it is thrown as the SQLException inside it, so that Hibernate's
     * doWork classifies it like any other statement's failure.
     */
    public static void copy(Connection connection, String table, String columns, List<? extends List<?>> rows)
            throws SQLException {
        try (CopyWriter copy = new CopyWriter(connection, table, columns)) {
            rows.forEach(copy::row);
        } catch (UncheckedIOException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql) {
                    throw sql;
                }
            }
            throw e;
        }
    }

    void row(List<?> values) {
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PostgreSQL array literal of strings. */
    public static String arrayLiteral(String[] values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            literal.append(i == 0 ? "" : ",").append('"')
                    .append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
