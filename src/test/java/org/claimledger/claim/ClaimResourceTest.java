package org.claimledger.claim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ClaimResourceTest {

    @Test
    void recordsAClaimWithItsQuantityIntervalAndCitation() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("mod"), "military", side);
        Map<String, Object> body = claim(source, side, 0);
        body.put("quantity", Map.of("low", 5000, "qualifier", "more-than", "text", "more than 5,000"));

        String id = editor().body(body).post("/api/v1/claims").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/claims/"))
                .header("ETag", "\"1\"")
                .extract().path("id");

        anonymous().get("/api/v1/claims/" + id).then().statusCode(200)
                .body("source", equalTo(source))
                .body("subject", equalTo(side))
                .body("quantity.low", equalTo(5000))
                .body("quantity.high", nullValue())
                .body("quantity.qualifier", equalTo("more-than"))
                .body("quantity.text", equalTo("more than 5,000"))
                .body("stance", equalTo("asserts"))
                .body("status", equalTo("active"))
                .body("citations[0].title", equalTo("2020 Nagorno-Karabakh war"))
                .body("createdBy", equalTo("test-editor"));
    }

    @Test
    void filtersClaimsBySourceMetricAndFullText() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("monitor"), "monitor", null);
        Map<String, Object> killed = claim(source, side, 12);
        killed.put("statement", "The monitor counted twelve fighters killed near Hadrut");
        Map<String, Object> wounded = claim(source, side, 30);
        wounded.put("metric", "wounded");
        wounded.put("statement", "The monitor counted thirty fighters wounded near Fuzuli");
        String killedId = createClaim(killed);
        String woundedId = createClaim(wounded);

        anonymous().queryParam("source", source).get("/api/v1/claims").then().statusCode(200)
                .body("items.id", containsInAnyOrder(killedId, woundedId));
        anonymous().queryParam("source", source).queryParam("metric", "wounded").get("/api/v1/claims")
                .then().statusCode(200).body("items.id", contains(woundedId));
        anonymous().queryParam("source", source).queryParam("q", "Hadrut").get("/api/v1/claims")
                .then().statusCode(200).body("items.id", contains(killedId));
        anonymous().queryParam("source", source).queryParam("q", "kill").get("/api/v1/claims")
                .then().statusCode(200).body("items.id", contains(killedId));
    }

    /**
     * A list gives each claim as a summary, what a list needs: who said what figure of what and when, and
     * whether that is inferred. view=full gives each claim whole, as GET /api/v1/claims/{id} does.
     */
    @Test
    void listsSummariesByDefaultAndWholeClaimsWithViewFull() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("lean"), "ngo", null);
        String id = createClaim(claim(source, side, 9));
        Map<String, Object> whole = anonymous().get("/api/v1/claims/" + id).then().statusCode(200).extract()
                .jsonPath().getMap("");

        Map<String, Object> summary = anonymous().queryParam("source", source).get("/api/v1/claims").then()
                .statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> full = anonymous().queryParam("source", source).queryParam("view", "full")
                .get("/api/v1/claims").then().statusCode(200).extract().jsonPath().getMap("items[0]");

        assertThat(full).isEqualTo(whole);
        assertThat(summary.keySet()).contains("id", "source", "statedOn", "subject", "metric", "quantity",
                "statement", "provenance", "status", "revision")
                .doesNotContain("citations", "note", "createdAt", "createdBy", "recordedAt", "recordedBy",
                        "revisionReason", "retractionReason");
        summary.forEach((field, value) -> assertThat(value).as(field).isEqualTo(whole.get(field)));
        anonymous().queryParam("view", "everything").get("/api/v1/claims").then().statusCode(400);
    }

    @Test
    void searchesTheQuotesOfCitations() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("ngo"), "ngo", null);
        Map<String, Object> body = claim(source, side, 4);
        body.put("citations", List.of(Map.of("title", "Report", "quote", "remnants of zanzibarite rockets were found")));
        String id = createClaim(body);

        anonymous().queryParam("q", "zanzibarite").get("/api/v1/claims").then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void pagesThroughEveryClaimOnceInAStableOrder() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("pager"), "media", null);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(createClaim(claim(source, side, i)));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = anonymous().queryParam("source", source).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/claims").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void pagesThroughFullTextMatchesOnceInIdOrder() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("searcher"), "media", null);
        String word = "quokkaword" + ProcessHandle.current().pid();
        List<String> matching = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = claim(source, side, i);
            body.put("statement", (i % 2 == 0 ? "A report mentions " + word : "A report without it") + " " + i);
            String id = createClaim(body);
            if (i % 2 == 0) {
                matching.add(id);
            }
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = anonymous().queryParam("q", word).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/claims").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(matching);
    }

    @Test
    void revisesAClaimAndKeepsEveryRevision() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("mod"), "military", side);
        String id = createClaim(claim(source, side, 100));

        editor().header("If-Match", "\"1\"").queryParam("reason", "final count")
                .body(claim(source, side, 120)).put("/api/v1/claims/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("quantity.low", equalTo(120));

        anonymous().get("/api/v1/claims/" + id + "?revision=1").then().statusCode(200)
                .header("ETag", "\"1\"").body("quantity.low", equalTo(100)).body("revision", equalTo(1));
        anonymous().get("/api/v1/claims/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(1, 2))
                .body("items.parent", contains(null, 1))
                .body("items.reason", contains("created", "final count"))
                .body("items.recordedBy", contains("test-editor", "test-editor"))
                .body("nextCursor", nullValue());
    }

    @Test
    void pagesThroughRevisionsLikeEveryOtherList() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("mod"), "military", side);
        String id = createClaim(claim(source, side, 100));
        for (int revision = 1; revision <= 2; revision++) {
            editor().header("If-Match", "\"" + revision + "\"").queryParam("reason", "count " + revision)
                    .body(claim(source, side, 100 + revision)).put("/api/v1/claims/" + id).then().statusCode(200);
        }

        JsonPath first = anonymous().queryParam("limit", 2).get("/api/v1/claims/" + id + "/revisions")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.revision", Integer.class)).containsExactly(1, 2);
        JsonPath second = anonymous().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/claims/" + id + "/revisions").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.revision", Integer.class)).containsExactly(3);
        assertThat(second.getString("items[0].supersededAt")).isNull();
        assertThat(second.getString("nextCursor")).isNull();
    }

    @Test
    void retractingKeepsTheClaimReadableAndOutOfDefaultLists() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("blog"), "individual", null);
        String id = createClaim(claim(source, side, 9));

        editor().header("If-Match", "\"1\"").queryParam("reason", "misattributed")
                .delete("/api/v1/claims/" + id).then().statusCode(200)
                .body("status", equalTo("retracted")).body("retractionReason", equalTo("misattributed"));

        anonymous().get("/api/v1/claims/" + id).then().statusCode(200).body("status", equalTo("retracted"));
        anonymous().queryParam("source", source).get("/api/v1/claims").then().body("items", org.hamcrest.Matchers.empty());
        anonymous().queryParam("source", source).queryParam("status", "any").get("/api/v1/claims")
                .then().body("items.id", contains(id));
    }

    @Test
    void answersWhatTheDatabaseHeldAtAnEarlierMoment() throws InterruptedException {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("wire"), "media", null);
        String id = createClaim(claim(source, side, 50));
        String before = anonymous().get("/api/v1/claims/" + id).then().extract().path("recordedAt");
        Thread.sleep(20);
        editor().header("If-Match", "\"1\"").body(claim(source, side, 75)).put("/api/v1/claims/" + id)
                .then().statusCode(200);

        anonymous().queryParam("source", source).queryParam("knownAt", before).get("/api/v1/claims")
                .then().statusCode(200).body("items.quantity.low", contains(50));
        anonymous().queryParam("source", source).get("/api/v1/claims")
                .then().statusCode(200).body("items.quantity.low", contains(75));
        anonymous().queryParam("source", source).queryParam("knownAt", "2000-01-01T00:00:00Z").get("/api/v1/claims")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }
}
