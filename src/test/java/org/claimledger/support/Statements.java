package org.claimledger.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts the SQL statements Hibernate sends on the calling thread, so a test can show that a request
 * costs a fixed number of queries whatever the size of its answer. Sees every statement, native or not;
 * changes none.
 */
@PersistenceUnitExtension
public class Statements implements StatementInspector {
    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> seen = SEEN.get();
        if (seen != null) {
            seen.add(sql);
        }
        return sql;
    }

    /** The statements {@code work} sent, in order. */
    public static List<String> of(Runnable work) {
        return of(() -> {
            work.run();
            return null;
        }).statements();
    }

    public record Counted<T>(T result, List<String> statements) {
    }

    public static <T> Counted<T> of(Supplier<T> work) {
        List<String> seen = new ArrayList<>();
        SEEN.set(seen);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(seen));
        } finally {
            SEEN.remove();
        }
    }
}
