package org.claimledger.incident;

import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.support.Db;
import org.claimledger.support.Stored;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.editorToken;
import static org.claimledger.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Incidents: what happened where and when, with a title people can read; claims name them by slug. */
@QuarkusTest
class IncidentResourceTest {

    private static Map<String, Object> incident(String slug, String title) {
        Map<String, Object> incident = new HashMap<>();
        incident.put("slug", slug);
        incident.put("title", title);
        incident.put("location", "Barda");
        incident.put("from", "2020-10-27");
        incident.put("to", "2020-10-28");
        return incident;
    }

    @Test
    void theBundledIncidentsHaveWrittenTitles() {
        anonymous().get("/api/v1/incidents/barda-2020-10-28").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Missile strikes on Barda, 27 and 28 October 2020"))
                .body("titleDerived", equalTo(false))
                .body("from", equalTo("2020-10-27")).body("to", equalTo("2020-10-28"))
                .body("allegation", equalTo("/api/v1/allegations?incident=barda-2020-10-28"));
    }

    @Test
    void anEditorCreatesAnIncidentThatIsThenListedAndServed() {
        String slug = unique("strike");
        editor().body(incident(slug, "Strike on a test town, 27 October 2020")).post("/api/v1/incidents")
                .then().statusCode(201).header("Location", containsString("/api/v1/incidents/" + slug))
                .header("ETag", "\"1\"").body("revision", equalTo(1)).body("createdBy", equalTo("test-editor"));

        anonymous().get("/api/v1/incidents/" + slug).then().statusCode(200)
                .body("title", equalTo("Strike on a test town, 27 October 2020")).body("location", equalTo("Barda"));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = anonymous().queryParam("limit", 20).queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/incidents").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.slug"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).contains(slug, "barda-2020-10-28").doesNotHaveDuplicates().isSorted();
    }

    @Test
    void readsArePublicAndWritesNeedAToken() {
        anonymous().body(incident(unique("anon"), "Anonymous")).post("/api/v1/incidents").then().statusCode(401);
        anonymous().header("If-Match", "\"1\"").body(incident("barda-2020-10-28", "Renamed"))
                .put("/api/v1/incidents/barda-2020-10-28").then().statusCode(401);
        anonymous().get("/api/v1/incidents/barda-2020-10-28").then().body("title", containsString("Barda"));
    }

    @Test
    void anUpdateNeedsIfMatchAndKeepsTheEarlierRevision() {
        String slug = unique("shelling");
        editor().body(incident(slug, "Shelling, date unknown")).post("/api/v1/incidents").then().statusCode(201);

        editor().body(incident(slug, "Shelling of a test town, 27 October 2020")).put("/api/v1/incidents/" + slug)
                .then().statusCode(428);
        editor().header("If-Match", "\"7\"").body(incident(slug, "Shelling of a test town"))
                .put("/api/v1/incidents/" + slug).then().statusCode(412);
        editor().header("If-Match", "\"1\"").queryParam("reason", "dated from the report")
                .body(incident(slug, "Shelling of a test town, 27 October 2020")).put("/api/v1/incidents/" + slug)
                .then().statusCode(200).header("ETag", "\"2\"").body("revision", equalTo(2))
                .body("title", equalTo("Shelling of a test town, 27 October 2020"));

        assertThat(Db.count("revision r JOIN incident i ON r.entity = 'incident' AND r.entity_id = i.id"
                + " WHERE i.slug = '" + slug + "' AND r.snapshot->>'title' = 'Shelling, date unknown'")).isEqualTo(1);
        assertThat(Db.refusal("DELETE FROM incident WHERE slug = '" + slug + "'")).contains("refused");
    }

    @Test
    void badIncidentsAreProblemsThatNameTheFieldAndStoreNothing() {
        editorToken(); // made before counting: the first editor() of a run stores its token
        Stored before = Stored.now();
        Map<String, Object> bad = incident("Not A Slug", "");
        bad.put("from", "2020-11-01");
        editor().body(bad).post("/api/v1/incidents").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("slug", "title"));
        editor().body(incident("barda-2020-10-28", "Again")).post("/api/v1/incidents").then().statusCode(409);
        editor().header("If-Match", "\"1\"").body(incident("another-slug", "Renamed"))
                .put("/api/v1/incidents/barda-2020-10-28").then().statusCode(400).body("errors[0].field", equalTo("slug"));
        assertThat(Stored.now().changesSince(before)).isEmpty();
        assertThat(Db.count("incident WHERE slug = 'another-slug'")).isZero();
    }

    @Test
    void aClaimNamingAnUnknownIncidentIsA400NamingTheField() {
        String side = createParty(unique("side"), null);
        Map<String, Object> claim = claim(createSource(unique("mod"), "military", side), side, 3);
        claim.put("incident", unique("nowhere"));

        editor().body(claim).post("/api/v1/claims").then().statusCode(400)
                .body("errors.field", hasItem("incident"))
                .body("errors.find { it.field == 'incident' }.message", containsString("unknown incident"));

        String slug = unique("known");
        editor().body(incident(slug, "A known incident")).post("/api/v1/incidents").then().statusCode(201);
        claim.put("incident", slug);
        String id = createClaim(claim);
        anonymous().get("/api/v1/claims/" + id).then().body("incident", equalTo(slug));
    }

    @Test
    void anImportCreatesItsIncidentsBeforeTheClaimsThatNameThem() {
        String tag = unique("inc");
        String side = createParty("side-" + tag, null);
        String source = createSource("source-" + tag, "ngo", null);
        Map<String, Object> claim = claim(source, side, 5);
        claim.put("key", "test/" + tag + "/1");
        claim.put("incident", "strike-" + tag);
        Map<String, Object> batch = new HashMap<>();
        batch.put("incidents", List.of(incident("strike-" + tag, "Strike " + tag)));
        batch.put("claims", List.of(claim));

        editor().body(batch).post("/api/v1/imports").then().statusCode(201)
                .body("incidents.created", equalTo(1)).body("claims.created", equalTo(1));
        editor().body(batch).post("/api/v1/imports").then().statusCode(201)
                .body("incidents.unchanged", equalTo(1)).body("claims.unchanged", equalTo(1));
        anonymous().get("/api/v1/incidents/strike-" + tag).then().statusCode(200)
                .body("title", equalTo("Strike " + tag));
    }

    @Test
    void anImportWhoseClaimNamesAnUnknownIncidentStoresNothing() {
        String tag = unique("unknown");
        String side = createParty("side-" + tag, null);
        Map<String, Object> claim = claim(createSource("source-" + tag, "ngo", null), side, 5);
        claim.put("incident", "nowhere-" + tag);
        Map<String, Object> batch = new HashMap<>();
        batch.put("incidents", List.of(incident("somewhere-" + tag, "Somewhere")));
        batch.put("claims", List.of(claim));
        editorToken(); // made before counting: the first editor() of a run stores its token
        Stored before = Stored.now();

        editor().body(batch).post("/api/v1/imports").then().statusCode(400)
                .body("errors.field", hasItem("claims[0].incident"));
        assertThat(Stored.now().changesSince(before)).isEmpty();
        assertThat(Db.count("incident WHERE slug = 'somewhere-" + tag + "'")).isZero();
    }

    @Test
    void theDatasetExportCarriesTheIncidents() {
        anonymous().get("/api/v1/dataset").then().statusCode(200)
                .body("incidents.find { it.slug == 'barda-2020-10-28' }.title",
                        equalTo("Missile strikes on Barda, 27 and 28 October 2020"))
                .body("incidents.find { it.slug == 'barda-2020-10-28' }.titleDerived", nullValue());
    }
}
