package org.claimledger.claim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.claimledger.support.Db;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A claim says whether its date and its attribution are in the cited text or were inferred by the
 * curator, and every way in and out of the service keeps it: the API, CSV, JSON-LD, the dataset export
 * and the pages.
 */
@QuarkusTest
class ClaimProvenanceTest {
    private static final String FROM = "the end of hostilities on 10 November 2020; the figure covers the whole war";

    private static Map<String, Object> inferredDate(String words) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("dated", "inferred");
        provenance.put("datedFrom", FROM);
        provenance.put("attributedAs", words);
        return provenance;
    }

    /** A claim whose date the curator inferred, quoting the words that name its speaker. */
    private static Map<String, Object> claimWithInferredDate(String source, String side) {
        Map<String, Object> body = claim(source, side, 65);
        body.put("provenance", inferredDate("The Armenian authorities"));
        body.put("citations", List.of(Map.of("title", "2020 Nagorno-Karabakh war", "reference", "[68]",
                "quote", "The Armenian authorities stated that 65 Armenian civilians were killed during the war,[68]")));
        return body;
    }

    @Test
    void aClaimWithoutProvenanceHasItsDateAndSpeakerInTheText() {
        String side = createParty(unique("side"), null);
        String id = createClaim(claim(createSource(unique("mod"), "military", side), side, 12));

        anonymous().get("/api/v1/claims/" + id).then().statusCode(200)
                .body("provenance.dated", equalTo("cited")).body("provenance.datedFrom", nullValue())
                .body("provenance.attribution", equalTo("explicit"))
                .body("provenance.attributedAs", nullValue()).body("provenance.attributionBasis", nullValue());
    }

    @Test
    void anInferredDateRoundTripsThroughPostGetAndPutAndEveryRevisionKeepsIt() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("gov"), "government", side);
        String id = editor().body(claimWithInferredDate(source, side)).post("/api/v1/claims").then()
                .statusCode(201).body("provenance.dated", equalTo("inferred"))
                .body("provenance.datedFrom", equalTo(FROM)).extract().path("id");

        anonymous().get("/api/v1/claims/" + id).then().statusCode(200)
                .body("provenance.dated", equalTo("inferred")).body("provenance.datedFrom", equalTo(FROM))
                .body("provenance.attribution", equalTo("explicit"))
                .body("provenance.attributedAs", equalTo("The Armenian authorities"));

        Map<String, Object> revised = claimWithInferredDate(source, side);
        revised.put("provenance", Map.of("dated", "cited", "attribution", "inferred",
                "attributionBasis", "the article names no speaker; the ministry published the series"));
        editor().header("If-Match", "\"1\"").body(revised).put("/api/v1/claims/" + id).then().statusCode(200)
                .body("provenance.dated", equalTo("cited")).body("provenance.datedFrom", nullValue())
                .body("provenance.attribution", equalTo("inferred"));

        anonymous().get("/api/v1/claims/" + id).then().statusCode(200)
                .body("provenance.attributionBasis", equalTo(
                        "the article names no speaker; the ministry published the series"));
        anonymous().get("/api/v1/claims/" + id + "?revision=1").then().statusCode(200)
                .body("provenance.dated", equalTo("inferred")).body("provenance.datedFrom", equalTo(FROM))
                .body("provenance.attribution", equalTo("explicit"));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of(Map.of("dated", "inferred"), "provenance.datedFrom"),
                Arguments.of(Map.of("dated", "inferred", "datedFrom", "  "), "provenance.datedFrom"),
                Arguments.of(Map.of("datedFrom", "a guess"), "provenance.datedFrom"),
                Arguments.of(Map.of("dated", "cited", "datedFrom", "a guess"), "provenance.datedFrom"),
                Arguments.of(Map.of("attribution", "inferred"), "provenance.attributionBasis"),
                Arguments.of(Map.of("attribution", "explicit", "attributionBasis", "why"),
                        "provenance.attributionBasis"),
                Arguments.of(Map.of("attribution", "document", "attributedAs", "Azerbaijani officials"),
                        "provenance.attributedAs"),
                Arguments.of(Map.of("dated", "guessed", "datedFrom", "x"), "provenance.dated"),
                Arguments.of(Map.of("attribution", "hearsay"), "provenance.attribution"));
    }

    @ParameterizedTest
    @MethodSource("brokenRules")
    void refusesProvenanceThatBreaksARuleNamingTheField(Map<String, Object> provenance, String field) {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("src"), "media", null);
        Map<String, Object> body = claim(source, side, 3);
        body.put("provenance", provenance);
        long before = Db.count("claim");

        editor().body(body).post("/api/v1/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains(field));
        assertThat(Db.count("claim")).isEqualTo(before);
    }

    @Test
    void onlyAnIndependentSourceCanSpeakInTheDocumentsOwnVoice() {
        String side = createParty(unique("side"), null);
        Map<String, Object> body = claim(createSource(unique("gov"), "government", side), side, 93);
        body.put("provenance", Map.of("attribution", "document"));
        editor().body(body).post("/api/v1/claims").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("provenance.attribution"));

        body.put("source", createSource(unique("wiki"), "encyclopedia", null));
        String id = createClaim(body);
        anonymous().get("/api/v1/claims/" + id).then().body("provenance.attribution", equalTo("document"));
    }

    @Test
    void csvExportCarriesProvenanceAndImportsBackUnchanged() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("gov"), "government", side);
        Map<String, Object> body = claimWithInferredDate(source, side);
        body.put("key", "test/" + source + "/1");
        createClaim(body);

        String csv = anonymous().accept("text/csv").queryParam("source", source).get("/api/v1/claims").then()
                .statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .contains("note,dated,datedFrom,attribution,attributedAs,attributionBasis,citationTitle");
        assertThat(csv).contains(",inferred," + FROM + ",explicit,The Armenian authorities,,");

        editor().contentType("text/csv").body(csv).post("/api/v1/imports").then().statusCode(201)
                .body("claims.unchanged", equalTo(1)).body("claims.created", equalTo(0));
    }

    @Test
    void csvImportReadsTheProvenanceColumns() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("gov"), "government", side);
        String key = "test/" + source + "/csv";
        String csv = "key,source,statedOn,category,subject,metric,statement,dated,datedFrom,attribution,"
                + "attributionBasis,citationTitle\n"
                + key + "," + source + ",2020-11-10,casualty," + side + ",killed,Officials gave a toll,inferred,"
                + "\"the ceasefire of 10 November\",inferred,the quote says only 'officials',2020 Nagorno-Karabakh war\n";
        editor().contentType("text/csv").body(csv).post("/api/v1/imports").then().statusCode(201);

        anonymous().get("/api/v1/claims/" + Claim.idFor(key)).then().statusCode(200)
                .body("provenance.dated", equalTo("inferred"))
                .body("provenance.datedFrom", equalTo("the ceasefire of 10 November"))
                .body("provenance.attribution", equalTo("inferred"))
                .body("provenance.attributionBasis", equalTo("the quote says only 'officials'"));

        String missingBasis = csv.replace("/csv,", "/csv-2,").replace(",the quote says only 'officials',", ",,");
        editor().contentType("text/csv").body(missingBasis).post("/api/v1/imports").then().statusCode(400)
                .body("errors.field", contains("claims[0].provenance.attributionBasis"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDatasetExportWritesProvenanceAndImportingItChangesNothing() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("gov"), "government", side);
        String key = "test/" + source + "/dataset";
        Map<String, Object> body = claimWithInferredDate(source, side);
        body.put("key", key);
        createClaim(body);
        Map<String, Object> plain = claim(source, side, 8);
        plain.put("key", key + "-plain");
        createClaim(plain);

        String export = anonymous().get("/api/v1/dataset").then().statusCode(200).extract().asString();
        List<Map<String, Object>> claims = JsonPath.from(export).getList("claims");
        Map<String, Object> exported = claims.stream().filter(c -> key.equals(c.get("key"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) exported.get("provenance")).containsEntry("dated", "inferred")
                .containsEntry("datedFrom", FROM).containsEntry("attribution", "explicit")
                .containsEntry("attributedAs", "The Armenian authorities");
        assertThat(claims.stream().filter(c -> (key + "-plain").equals(c.get("key"))).findFirst().orElseThrow())
                .as("a claim with the default provenance leaves it out").doesNotContainKey("provenance");

        Map<String, Object> batch = new HashMap<>();
        batch.put("claims", List.of(exported));
        editor().body(batch).post("/api/v1/imports").then().statusCode(201)
                .body("claims.unchanged", equalTo(1)).body("claims.updated", equalTo(0));
    }

    @Test
    void jsonLdSaysTheDateWasInferredAndFromWhat() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("gov"), "government", side);
        String id = createClaim(claimWithInferredDate(source, side));

        JsonPath ld = anonymous().accept("application/ld+json").queryParam("source", source).get("/api/v1/claims")
                .then().statusCode(200).extract().jsonPath();
        assertThat(ld.getString("'@graph'[0].identifier")).isEqualTo(id);
        assertThat(ld.getString("'@graph'[0].additionalProperty.find { it.name == 'dated' }.value"))
                .isEqualTo("inferred");
        assertThat(ld.getString("'@graph'[0].additionalProperty.find { it.name == 'dated' }.description"))
                .isEqualTo(FROM);
        assertThat(ld.getString("'@graph'[0].additionalProperty.find { it.name == 'attribution' }.value"))
                .isEqualTo("explicit");
        assertThat(ld.getString("'@graph'[0].additionalProperty.find { it.name == 'attributedAs' }.value"))
                .isEqualTo("The Armenian authorities");
    }

    @Test
    void thePagesShowAnInferredDateAsInferred() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("gov"), "government", side);
        Map<String, Object> body = claimWithInferredDate(source, side);
        String word = "provenanceword" + ProcessHandle.current().pid();
        body.put("statement", "Officials counted the " + word + " toll");
        String id = createClaim(body);

        Document claimPage = page("/claims/" + id);
        assertThat(claimPage.select(".eyebrow").text()).endsWith("stated 2020-10-28 (date inferred)");
        assertThat(claimPage.select("dl.facts").text()).contains("Date inferred by the curator: " + FROM)
                .contains("Attribution named in the cited text (the text says “The Armenian authorities”)");

        assertThat(page("/sources/" + source).select("table.claims td.date").text())
                .isEqualTo("2020-10-28 (date inferred)");
        assertThat(page("/search?q=" + word).select(".claim-hits li").text()).contains("2020-10-28 (date inferred)");
    }

    @Test
    void thePagesShowAnInferredAttributionAndTheDocumentsOwnVoice() {
        String side = createParty(unique("side"), null);
        Map<String, Object> inferred = claim(createSource(unique("gov"), "government", side), side, 7);
        inferred.put("provenance", Map.of("attribution", "inferred", "attributionBasis", "the ministry's daily series"));
        Document page = page("/claims/" + createClaim(inferred));
        assertThat(page.select(".eyebrow").text()).contains("(attribution inferred), stated 2020-10-28");
        assertThat(page.select("dl.facts").text()).contains("Attribution inferred by the curator: the ministry's daily series");

        String wiki = createSource(unique("wiki"), "encyclopedia", null);
        Map<String, Object> own = claim(wiki, side, 93);
        own.put("provenance", Map.of("attribution", "document"));
        createClaim(own);
        assertThat(page("/sources/" + wiki).select("table.claims td").text())
                .contains("(stated by the document in its own voice)");
    }

    private static Document page(String path) {
        String html = RestAssured.given().accept("text/html").urlEncodingEnabled(false).get(path).then()
                .statusCode(200).contentType("text/html").extract().asString();
        return Jsoup.parse(html);
    }
}
