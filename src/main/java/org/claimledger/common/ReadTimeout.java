package org.claimledger.common;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every statement on a pooled connection is bounded (claimledger.limits.read-statement-timeout) unless
 * the connection serves something other than a read: a write (POST, PUT, DELETE: it needs a token),
 * or work of the service's own (start, schedule, command line). A read is anyone's, and no one's
 * read may hold a worker and a connection for long; one that runs out is answered 503 with
 * Retry-After (ProblemMapper), not with a hung request.
 */
@ApplicationScoped
public class ReadTimeout implements AgroalPoolInterceptor {
    private final String bounded;
    private final Set<Object> lifted = Collections.newSetFromMap(new ConcurrentHashMap<>());

    ReadTimeout(Limits limits) {
        this.bounded = "SET statement_timeout = " + Math.max(1, limits.readStatementTimeout().toMillis());
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        run(connection, bounded);
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (!servesARead()) {
            run(connection, "SET statement_timeout = 0");
            lifted.add(raw(connection));
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        if (lifted.remove(raw(connection))) {
            run(connection, bounded);
        }
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        lifted.remove(raw(connection));
    }

    /** An HTTP GET or HEAD is being served on this thread. */
    private static boolean servesARead() {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return false;
        }
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (current == null) {
            return false;
        }
        HttpMethod method = current.request().method();
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }

    /** The driver's connection, the same object on every checkout (the pool hands out a new wrapper each time). */
    private static Object raw(Connection connection) {
        try {
            return connection.unwrap(org.postgresql.PGConnection.class);
        } catch (SQLException e) {
            return connection;
        }
    }

    private static void run(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the statement timeout: " + e.getMessage(), e);
        }
    }
}
