package org.claimledger.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimledger.claim.Claim;
import org.claimledger.support.Db;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.claimledger.support.Api.admin;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ImportResourceTest {

    /** A batch with a new party, a new source, three keyed claims and two links. */
    private static Map<String, Object> batch(String tag) {
        String party = "party-" + tag;
        String source = "source-" + tag;
        List<Object> claims = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> c = claim(source, party, 100L * i);
            c.put("key", "test/" + tag + "/" + i);
            claims.add(c);
        }
        Map<String, Object> batch = new HashMap<>();
        batch.put("parties", List.of(Map.of("slug", party, "name", "Party " + tag, "side", party)));
        batch.put("sources", List.of(Map.of("slug", source, "name", "Source " + tag, "kind", "ngo")));
        batch.put("claims", claims);
        batch.put("links", List.of(
                Map.of("from", "test/" + tag + "/2", "to", "test/" + tag + "/1", "type", "supersedes"),
                Map.of("from", "test/" + tag + "/3", "to", "test/" + tag + "/1", "type", "contradicts")));
        return batch;
    }

    @Test
    void importsABatchInOneGoAndReportsWhatItDid() {
        String tag = unique("imp");
        String importId = admin().body(batch(tag)).post("/api/v1/imports").then().statusCode(201)
                .body("parties.created", equalTo(1)).body("sources.created", equalTo(1))
                .body("claims.created", equalTo(3)).body("links.created", equalTo(2))
                .extract().path("id");

        anonymous().get("/api/v1/claims/" + Claim.idFor("test/" + tag + "/2")).then().statusCode(200)
                .body("quantity.low", equalTo(200)).body("source", equalTo("source-" + tag))
                .body("revisionReason", equalTo("import " + importId));
        anonymous().get("/api/v1/imports/" + importId).then().statusCode(200)
                .body("claimsCreated", equalTo(3)).body("createdBy", equalTo("initial-admin"));
    }

    @Test
    void reimportingTheSameBatchCreatesNothing() {
        Map<String, Object> batch = batch(unique("again"));
        admin().body(batch).post("/api/v1/imports").then().statusCode(201);
        long claims = Db.count("claim");

        admin().body(batch).post("/api/v1/imports").then().statusCode(201)
                .body("claims.created", equalTo(0)).body("claims.unchanged", equalTo(3))
                .body("links.created", equalTo(0)).body("links.unchanged", equalTo(2))
                .body("sources.unchanged", equalTo(1)).body("parties.unchanged", equalTo(1));
        assertThat(Db.count("claim")).isEqualTo(claims);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reimportingAChangedClaimWritesARevision() {
        String tag = unique("changed");
        Map<String, Object> batch = batch(tag);
        admin().body(batch).post("/api/v1/imports").then().statusCode(201);
        Map<String, Object> first = (Map<String, Object>) ((List<Object>) batch.get("claims")).get(0);
        first.put("quantity", Map.of("low", 150, "high", 150, "qualifier", "exact", "text", "150"));

        admin().body(batch).post("/api/v1/imports").then().statusCode(201)
                .body("claims.updated", equalTo(1)).body("claims.unchanged", equalTo(2));
        anonymous().get("/api/v1/claims/" + Claim.idFor("test/" + tag + "/1") + "/revisions").then()
                .body("items.revision", org.hamcrest.Matchers.contains(1, 2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchWithOneBadRecordStoresNothingAndNamesTheRecord() {
        String tag = unique("bad");
        Map<String, Object> batch = batch(tag);
        List<Object> claims = (List<Object>) batch.get("claims");
        ((Map<String, Object>) claims.get(1)).put("quantity", Map.of("low", 9, "high", 3, "qualifier", "range"));
        ((Map<String, Object>) claims.get(2)).put("metric", "vaporized");
        long claimsBefore = Db.count("claim");

        admin().body(batch).post("/api/v1/imports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid import"))
                .body("errors.field", containsInAnyOrder("claims[1].quantity.low", "claims[2].metric"));
        assertThat(Db.count("claim")).isEqualTo(claimsBefore);
        assertThat(Db.count("source WHERE slug = 'source-" + tag + "'")).isZero();
        assertThat(Db.count("party WHERE slug = 'party-" + tag + "'")).isZero();
    }

    @Test
    void aLinkToAnUnknownClaimIsNamedByPosition() {
        String tag = unique("link");
        Map<String, Object> batch = batch(tag);
        batch.put("links", List.of(Map.of("from", "test/" + tag + "/1", "to", "test/nowhere", "type", "corroborates")));
        admin().body(batch).post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("links[0].to"));
        assertThat(Db.count("claim WHERE external_key LIKE 'test/" + tag + "/%'")).isZero();
    }

    @Test
    void replayingAnImportWithItsIdempotencyKeyImportsItOnce() {
        Map<String, Object> batch = batch(unique("idem"));
        String key = unique("import-key");
        String first = admin().header("Idempotency-Key", key).body(batch).post("/api/v1/imports")
                .then().statusCode(201).extract().path("id");
        long claims = Db.count("claim");

        admin().header("Idempotency-Key", key).body(batch).post("/api/v1/imports").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first)).body("claims.created", equalTo(3));
        assertThat(Db.count("claim")).isEqualTo(claims);
    }

    @Test
    void importsClaimsFromCsvAndNamesBadCells() {
        String tag = unique("csv");
        admin().body(batch(tag)).post("/api/v1/imports").then().statusCode(201);
        String csv = "key,source,statedOn,category,subject,population,metric,low,high,qualifier,quantityText,"
                + "statement,citationTitle,citationReference\n"
                + "test/" + tag + "/csv-1,source-" + tag + ",2020-11-09,casualty,party-" + tag
                + ",civilian,killed,93,,more-than,more than 93,\"Officials said more than 93 civilians died\","
                + "2020 Nagorno-Karabakh war,[175]\n";
        editor().contentType("text/csv").body(csv).post("/api/v1/imports").then().statusCode(201)
                .body("format", equalTo("csv")).body("claims.created", equalTo(1));
        anonymous().get("/api/v1/claims/" + Claim.idFor("test/" + tag + "/csv-1")).then().statusCode(200)
                .body("quantity.qualifier", equalTo("more-than")).body("citations[0].reference", equalTo("[175]"));

        String bad = csv.replace("/csv-1", "/csv-2").replace("2020-11-09", "9 Nov 2020");
        editor().contentType("text/csv").body(bad).post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("claims[0].statedOn"));
    }

    @Test
    void exportsClaimsAsCsv() {
        String csv = anonymous().accept("text/csv").queryParam("source", "am-gov").get("/api/v1/claims")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,status,revision,recordedAt,key,source");
        assertThat(csv).contains("karabakh-2020/casualties/am-mod-001,am-gov").contains("3360");
        assertThat(csv.lines().skip(1)).allMatch(line -> !line.isBlank());
        String file = io.restassured.RestAssured.given().queryParam("source", "am-gov").get("/api/v1/claims.csv")
                .then().statusCode(200)
                .extract().asString();
        assertThat(file).isEqualTo(csv);
    }

    @Test
    void exportsClaimsAsSchemaOrgJsonLd() {
        JsonPath ld = anonymous().accept("application/ld+json").queryParam("source", "sohr")
                .get("/api/v1/claims").then().statusCode(200).extract().jsonPath();
        assertThat(ld.getString("'@context'")).isEqualTo("https://schema.org");
        assertThat(ld.getList("'@graph'.'@type'")).containsOnly("Claim");
        assertThat(ld.getList("'@graph'.author.identifier")).containsOnly("sohr");
        assertThat(ld.getList("'@graph'.author.name")).containsOnly("Syrian Observatory for Human Rights");
        assertThat(ld.getList("'@graph'.datePublished")).doesNotContainNull();
        assertThat(ld.getList("'@graph'.appearance[0].name")).contains("2020 Nagorno-Karabakh war");
        anonymous().queryParam("source", "sohr").get("/api/v1/claims.jsonld").then().statusCode(200)
                .body("'@graph'.identifier", hasItem(Claim.idFor("karabakh-2020/foreign/sohr-001").toString()));
    }

    @Test
    void theDatasetExportImportsBackWithoutChangeAndExportsTheSame() {
        String first = anonymous().get("/api/v1/dataset").then().statusCode(200).extract().asString();
        editor().body(first).post("/api/v1/imports").then().statusCode(201)
                .body("claims.created", equalTo(0)).body("claims.updated", equalTo(0))
                .body("links.created", equalTo(0)).body("sources.updated", equalTo(0))
                .body("parties.updated", equalTo(0));
        String second = anonymous().get("/api/v1/dataset").then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
    }
    @Test
    @SuppressWarnings("unchecked")
    void reimportingAStoredClaimWithAnUnknownSourceNamesTheField() {
        Map<String, Object> batch = batch(unique("retypo"));
        admin().body(batch).post("/api/v1/imports").then().statusCode(201);
        ((Map<String, Object>) ((List<Object>) batch.get("claims")).get(0)).put("source", "no-such-source");

        admin().body(batch).post("/api/v1/imports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("claims[0].source"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchWithANulCharacterInATextStoresNothing() {
        String tag = unique("nul");
        Map<String, Object> batch = batch(tag);
        ((Map<String, Object>) ((List<Object>) batch.get("claims")).get(2)).put("location", "Bar\u0000da");

        admin().body(batch).post("/api/v1/imports").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("NUL"));
        assertThat(Db.count("claim WHERE external_key LIKE 'test/" + tag + "/%'")).isZero();
    }

    @Test
    void refusesACsvWhoseHeaderNamesAColumnTwiceOrNotAtAll() {
        for (String header : List.of("key,source,statedOn,category,metric,statement,key", "key,,statedOn")) {
            editor().contentType("text/csv").body(header + "\nx,y,2020-10-28,casualty,killed,s,z\n")
                    .post("/api/v1/imports").then().statusCode(400).contentType("application/problem+json")
                    .body("title", equalTo("Malformed CSV"));
        }
    }

    @Test
    void exportsRefuseABadLimitCursorOrFilterBeforeStreaming() {
        for (String query : List.of("limit=0", "limit=-1", "cursor=bm90LWEtY3Vyc29y", "source=no-such-source")) {
            for (String export : List.of("/api/v1/claims.csv?", "/api/v1/claims.jsonld?")) {
                io.restassured.RestAssured.given().get(export + query).then().statusCode(400)
                        .contentType("application/problem+json");
            }
        }
    }
}
