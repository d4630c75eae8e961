package org.claimledger.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.support.Http;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.unique;

/**
 * What clients see when the database drops the service's connections, as it does when its primary
 * dies or is replaced by a standby (see docs/operations.md): the request caught in the middle is a
 * 503 problem+json with Retry-After, not a 500, and it changed nothing; the pool then hands out only
 * live connections, so the next requests succeed without a restart.
 */
@QuarkusTest
class DatabaseOutageTest {
    @TestHTTPResource("/")
    URL base;

    @Test
    void anEditWhoseConnectionIsCutAnswers503WithRetryAfterAndItsRetrySucceeds() throws Exception {
        String side = createParty(unique("side"), null);
        String id = createClaim(claim(createSource(unique("desk"), "media", side), side, 10));
        Map<String, Object> edit = claim(createSource(unique("desk"), "media", side), side, 11);
        Http http = new Http(base.toURI());
        Http.Answer cut;
        try (Connection other = connection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT 1 FROM claim WHERE public_id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(id));
                lock.executeQuery().close();
            }
            CompletableFuture<Http.Answer> waiting = CompletableFuture.supplyAsync(() -> put(http, id, edit));
            int backend = awaitBackendWaitingForALock(other);
            try (Statement s = other.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + backend + ")");
            }
            cut = waiting.get(30, TimeUnit.SECONDS);
            other.rollback();
        }

        assertThat(cut.status()).as(cut.text()).isEqualTo(503);
        assertThat(cut.contentType()).isEqualTo("application/problem+json");
        assertThat(cut.header("Retry-After")).isEqualTo("5");
        assertThat(cut.json().path("type").asText()).isEqualTo("https://claimledger.org/problems/unavailable");
        assertThat(cut.text()).doesNotContain("SQL", "Exception", "terminat");
        Http.Answer retried = put(http, id, edit);
        assertThat(retried.status()).as("the same edit sent again, If-Match \"1\": " + retried.text()).isEqualTo(200);
        assertThat(retried.json().path("revision").asInt()).isEqualTo(2);
    }

    @Test
    void afterTheDatabaseDropsEveryConnectionTheNextRequestsSucceed() throws Exception {
        Http http = new Http(base.toURI());
        assertThat(http.call("GET", "/api/v1/claims?limit=5").send().status()).isEqualTo(200);
        assertThat(http.call("GET", "/api/v1/dataset").send().status()).as("an export opens a pooled connection").isEqualTo(200);
        int dropped;
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
            rs.next();
            dropped = rs.getInt(1);
        }
        assertThat(dropped).as("pooled connections dropped by the database").isPositive();
        for (int i = 0; i < 20; i++) {
            Http.Answer answer = http.call("GET", "/api/v1/claims?limit=5").send();
            assertThat(answer.status()).as("request " + (i + 1) + " after the drop: " + answer.text()).isEqualTo(200);
        }
        Http.Answer export = http.call("GET", "/api/v1/dataset").send();
        assertThat(export.status()).as("the export pool drops its dead connections too: " + export.text()).isEqualTo(200);
    }

    private static Http.Answer put(Http http, String id, Map<String, Object> claim) {
        return http.call("PUT", "/api/v1/claims/" + id).header("If-Match", "\"1\"")
                .bearer(org.claimledger.support.Api.ADMIN_TOKEN).json(claim).send();
    }

    private static int awaitBackendWaitingForALock(Connection c) throws Exception {
        for (int i = 0; i < 300; i++) {
            // c is inside the transaction that holds the lock, and PostgreSQL keeps one snapshot of the
            // activity statistics per transaction: clear it, or a wait that began after the first look is never seen
            try (Statement clear = c.createStatement()) {
                clear.execute("SELECT pg_stat_clear_snapshot()");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the edit never waited for the locked claim");
    }

    private static Connection connection() throws SQLException {
        return Arc.container().instance(AgroalDataSource.class).get().getConnection();
    }
}
