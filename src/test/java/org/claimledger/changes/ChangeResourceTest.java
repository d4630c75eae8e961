package org.claimledger.changes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimledger.support.Db;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

@QuarkusTest
class ChangeResourceTest {

    @Test
    void aClaimsLifeAppearsInOrderWithItsCurrentBody() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("mod"), "government", side);
        String start = end(null);
        String id = createClaim(claim(source, side, 40));
        editor().header("If-Match", "\"1\"").queryParam("reason", "final count").body(claim(source, side, 45))
                .put("/api/v1/claims/" + id).then().statusCode(200);
        String other = createClaim(claim(source, side, 7));
        String link = editor().body(Map.of("target", other, "type", "contradicts"))
                .post("/api/v1/claims/" + id + "/links").then().statusCode(201).extract().path("id");
        editor().header("If-Match", "\"2\"").queryParam("reason", "withdrawn")
                .delete("/api/v1/claims/" + id).then().statusCode(200);

        Db.awaitTransactionsRunningNow(Duration.ofSeconds(30));
        List<Map<String, Object>> items = read(start);
        assertThat(items).extracting(i -> i.get("kind") + " " + i.get("action") + " " + i.get("revision") + " " + i.get("id"))
                .containsExactly("claim created 1 " + id, "claim revised 2 " + id, "claim created 1 " + other,
                        "link created 1 " + link, "claim retracted 3 " + id);
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) items.get(0).get("current");
        assertThat(current).containsEntry("status", "retracted").containsEntry("revision", 3).containsEntry("id", id);
    }

    @Test
    void aWriteThatCommitsLaterIsHeldBackNotSkipped() throws Exception {
        String start = end(null);
        String early = unique("early");
        AgroalDataSource db = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection slow = db.getConnection()) {
            slow.setAutoCommit(false);
            try (Statement s = slow.createStatement()) {
                s.executeUpdate("INSERT INTO party (slug, name, created_by, recorded_by) VALUES ('" + early
                        + "', 'Begun first', 'test', 'test')");
            }
            String late = createParty(unique("late"), null);

            assertThat(read(start)).as("a change behind a transaction still running waits for it").isEmpty();

            slow.commit();
            Db.awaitTransactionsRunningNow(Duration.ofSeconds(30));
            assertThat(read(start)).extracting(i -> i.get("id")).containsExactly(early, late);
        }
    }

    @Test
    void aCursorThisServiceDidNotIssueIsABadRequest() {
        for (String since : new String[] {"not-a-cursor", org.claimledger.common.Cursor.encode("18446744073709551616:1"),
                org.claimledger.common.Cursor.encode("12:x")}) {
            anonymous().queryParam("since", since).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    /**
     * The cursor at the end of the feed now, once the transactions running now have ended: the feed holds
     * a change back behind any older transaction still open (the background summary refresh's included),
     * and a cursor taken meanwhile would stop before changes that then appear after it.
     */
    private static String end(String since) {
        Db.awaitTransactionsRunningNow(Duration.ofSeconds(30));
        String cursor = since;
        boolean more = true;
        while (more) {
            JsonPath page = page(cursor, 1000);
            cursor = page.getString("nextCursor");
            more = page.getBoolean("more");
        }
        return cursor;
    }

    private static List<Map<String, Object>> read(String since) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = since;
        boolean more = true;
        while (more) {
            JsonPath page = page(cursor, 2);
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            more = page.getBoolean("more");
        }
        return items;
    }

    private static JsonPath page(String since, int limit) {
        var request = anonymous().queryParam("limit", limit);
        if (since != null) {
            request.queryParam("since", since);
        }
        return request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
    }
}
