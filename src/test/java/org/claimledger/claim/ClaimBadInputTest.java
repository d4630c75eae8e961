package org.claimledger.claim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.claimledger.support.Db;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Every kind of bad input gets a problem+json answer naming what is wrong, and stores nothing. */
@QuarkusTest
class ClaimBadInputTest {
    private String side;
    private String source;
    private long claimsBefore;

    @BeforeEach
    void prepare() {
        side = createParty(unique("side"), null);
        source = createSource(unique("src"), "media", null);
        claimsBefore = Db.count("claim");
    }

    private ValidatableResponse post(Object body) {
        return editor().body(body).post("/api/v1/claims").then();
    }

    private void assertProblem(ValidatableResponse response, int status) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", containsString("https://claimledger.org/problems/"))
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue());
        assertThat(Db.count("claim")).as("claims stored").isEqualTo(claimsBefore);
    }

    @Test
    void rejectsMalformedJson() {
        ValidatableResponse response = editor().body("{\"source\": \"x\", ").post("/api/v1/claims").then();
        assertProblem(response, 400);
        response.body("title", equalTo("Malformed JSON"));
    }

    @Test
    void rejectsAnUnknownEnumValueNamingTheField() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("metric", "vaporized");
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors[0].field", equalTo("metric"))
                .body("errors[0].message", containsString("killed"));
    }

    @Test
    void rejectsLowAboveHigh() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("quantity", Map.of("low", 900, "high", 100, "qualifier", "range"));
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors.field", hasItem("quantity.low"));
    }

    @Test
    void rejectsNegativeCounts() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("quantity", Map.of("low", -3, "high", -3, "qualifier", "exact"));
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors.field", hasItem("quantity.low"));
    }

    @Test
    void rejectsAQualifierThatDoesNotFitTheInterval() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("quantity", Map.of("low", 5000, "high", 6000, "qualifier", "more-than"));
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors[0].field", equalTo("quantity.qualifier"));
    }

    @Test
    void rejectsUnknownSourceAndPartiesAllAtOnce() {
        Map<String, Object> body = claim("no-such-source", "no-such-party", 5);
        body.put("perpetrator", "nobody-at-all");
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("source", "subject", "perpetrator"));
    }

    @Test
    void rejectsAClaimWithoutCitation() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("citations", List.of());
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors[0].field", equalTo("citations"));
    }

    @Test
    void rejectsACitationWithNeitherTitleNorUrl() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("citations", List.of(Map.of("quote", "somebody said so")));
        assertProblem(post(body), 400);
    }

    @Test
    void rejectsUnknownFields() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("verified", true);
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors[0].field", equalTo("verified")).body("errors[0].message", containsString("unknown field"));
    }

    @Test
    void rejectsServerOwnedFields() {
        for (String field : List.of("id", "revision", "status", "createdAt", "createdBy")) {
            Map<String, Object> body = claim(source, side, 5);
            body.put(field, "2020-01-01");
            assertProblem(post(body), 400);
        }
    }

    @Test
    void rejectsTheWrongContentType() {
        ValidatableResponse response = editor().contentType("text/plain").body("3,360 killed")
                .post("/api/v1/claims").then();
        assertProblem(response, 415);
    }

    @Test
    void rejectsABodyOverTheConfiguredSize() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("note", "x".repeat(1_100_000));
        ValidatableResponse response = post(body);
        assertProblem(response, 413);
    }

    @Test
    void rejectsAFutureStatementDate() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("statedOn", "2999-01-01");
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors[0].field", equalTo("statedOn"));
    }

    @Test
    void rejectsHugeNumbers() {
        String body = "{\"source\":\"" + source + "\",\"statedOn\":\"2020-10-28\",\"category\":\"casualty\","
                + "\"metric\":\"killed\",\"quantity\":{\"low\":1e400,\"high\":1e400,\"qualifier\":\"exact\"},"
                + "\"statement\":\"s\",\"citations\":[{\"title\":\"t\"}]}";
        assertProblem(editor().body(body).post("/api/v1/claims").then(), 400);
    }

    @Test
    void answersAnUnknownIdWith404() {
        assertProblem(anonymous().get("/api/v1/claims/" + UUID.randomUUID()).then(), 404);
        assertProblem(anonymous().get("/api/v1/claims/not-a-uuid").then(), 404);
    }

    @Test
    void rejectsAForgedCursorAndAnOversizedPage() {
        assertProblem(anonymous().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/claims").then(), 400);
        assertProblem(anonymous().queryParam("limit", 5000).get("/api/v1/claims").then(), 400);
        assertProblem(anonymous().queryParam("metric", "nonsense").get("/api/v1/claims").then(), 400);
    }
    @Test
    void rejectsAFractionalCountInsteadOfTruncatingIt() {
        Map<String, Object> body = claim(source, side, 5);
        // low and high are both fractional; Map.of sends them in no fixed order, and reading stops at the first
        body.put("quantity", Map.of("low", 1.5, "high", 1.5, "qualifier", "exact"));
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors[0].field", org.hamcrest.Matchers.oneOf("quantity.low", "quantity.high"))
                .body("errors[0].message", containsString("1.5"));
    }

    @Test
    void rejectsANumberWhereAWordOfAnEnumerationBelongs() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("metric", 2);
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("errors[0].field", equalTo("metric"));
    }

    @Test
    void rejectsContentAfterTheJsonObject() {
        String body = org.claimledger.support.Http.JSON.valueToTree(claim(source, side, 5)).toString();
        assertProblem(editor().body(body + " " + body).post("/api/v1/claims").then(), 400);
    }

    @Test
    void rejectsTextWithANulCharacter() {
        Map<String, Object> body = claim(source, side, 5);
        body.put("statement", "forty\u0000two");
        ValidatableResponse response = post(body);
        assertProblem(response, 400);
        response.body("detail", containsString("NUL"));
    }

    @Test
    void rejectsAQueryParameterOfTheWrongTypeNamingIt() {
        ValidatableResponse limit = anonymous().queryParam("limit", "ten").get("/api/v1/claims").then();
        assertProblem(limit, 400);
        limit.body("detail", containsString("'ten' is not a whole number"));
        anonymous().queryParam("statedFrom", "yesterday").get("/api/v1/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("statedFrom"));
        anonymous().queryParam("knownAt", "2020-13-01").get("/api/v1/claims").then().statusCode(400)
                .body("errors[0].field", equalTo("knownAt"));
    }
}
