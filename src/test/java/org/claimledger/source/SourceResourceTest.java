package org.claimledger.source;

import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.support.Db;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.claimledger.support.Api.admin;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SourceResourceTest {

    @Test
    void createsASourceSpeakingForAParty() {
        String party = createParty(unique("land"), null);
        String slug = unique("mod");
        createSource(slug, "government", party);

        anonymous().get("/api/v1/sources/" + slug).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("slug", equalTo(slug))
                .body("kind", equalTo("government"))
                .body("party", equalTo(party))
                .body("revision", equalTo(1))
                .body("createdBy", equalTo("initial-admin"));
    }

    @Test
    void independentSourcesHaveNoParty() {
        String slug = createSource(unique("monitor"), "monitor", null);
        anonymous().get("/api/v1/sources/" + slug).then().statusCode(200).body("party", nullValue());
    }

    @Test
    void listsSourcesByKindInSlugOrderAcrossPages() {
        String a = createSource(unique("osint-a"), "osint", null);
        String b = createSource(unique("osint-b"), "osint", null);
        String c = createSource(unique("osint-c"), "osint", null);

        String cursor = null;
        java.util.List<String> seen = new java.util.ArrayList<>();
        do {
            var page = anonymous().queryParam("kind", "osint").queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/sources").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.slug"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(seen).contains(a, b, c).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void rejectsAnUnknownPartyAndStoresNothing() {
        String slug = unique("ghost");
        admin().body(Map.of("slug", slug, "name", "Ghost", "kind", "media", "party", "no-such-party"))
                .post("/api/v1/sources").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", contains("party"));
        assertThat(Db.count("source WHERE slug = '" + slug + "'")).isZero();
    }

    @Test
    void rejectsADuplicateSlug() {
        String slug = createSource(unique("dup"), "media", null);
        admin().body(Map.of("slug", slug, "name", "Again", "kind", "media"))
                .post("/api/v1/sources").then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Conflict"));
    }

    @Test
    void editorsCannotCreateSources() {
        String slug = unique("by-editor");
        editor().body(Map.of("slug", slug, "name", "Editor's", "kind", "media"))
                .post("/api/v1/sources").then().statusCode(403).contentType("application/problem+json");
        assertThat(Db.count("source WHERE slug = '" + slug + "'")).isZero();
    }

    @Test
    void updatingASourceKeepsItsEarlierRevision() {
        String slug = createSource(unique("renamed"), "media", null);
        admin().header("If-Match", "\"1\"").queryParam("reason", "full name")
                .body(Map.of("slug", slug, "name", "The Renamed Daily", "kind", "media"))
                .put("/api/v1/sources/" + slug).then().statusCode(200)
                .header("ETag", "\"2\"").body("name", equalTo("The Renamed Daily"));

        assertThat(Db.count("revision WHERE entity = 'source' AND snapshot->>'slug' = '" + slug
                + "' AND snapshot->>'name' = 'Source " + slug + "'")).isEqualTo(1);
    }

    @Test
    void unknownSourceIsA404Problem() {
        anonymous().get("/api/v1/sources/no-such-source").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://claimledger.org/problems/not-found"))
                .body("detail", equalTo("no source 'no-such-source'"));
    }

    @Test
    void listsParties() {
        String side = createParty(unique("side"), null);
        anonymous().queryParam("limit", 1000).get("/api/v1/parties").then().statusCode(200)
                .body("items.slug", hasItem(side));
    }
}
