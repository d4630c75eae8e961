package org.claimledger.link;

import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.support.Db;
import org.junit.jupiter.api.Test;

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
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LinkResourceTest {

    @Test
    void linksAConfirmationToTheClaimItConfirms() {
        String side = createParty(unique("side"), null);
        String claimant = createClaim(claim(createSource(unique("gov"), "government", side), side, 26));
        String confirmation = createClaim(claim(createSource(unique("ngo"), "ngo", null), side, 26));

        String linkId = editor().body(Map.of("target", claimant, "type", "corroborates", "note", "same count"))
                .post("/api/v1/claims/" + confirmation + "/links").then().statusCode(201)
                .body("from", equalTo(confirmation)).body("to", equalTo(claimant))
                .body("type", equalTo("corroborates")).extract().path("id");

        anonymous().get("/api/v1/claims/" + claimant + "/links").then().statusCode(200)
                .body("items.id", contains(linkId)).body("items[0].note", equalTo("same count"));
        anonymous().get("/api/v1/claims/" + confirmation + "/links").then().statusCode(200)
                .body("items.id", contains(linkId));
    }

    @Test
    void refusesSelfLinks() {
        String side = createParty(unique("side"), null);
        String id = createClaim(claim(createSource(unique("src"), "media", null), side, 1));
        editor().body(Map.of("target", id, "type", "corroborates")).post("/api/v1/claims/" + id + "/links")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("target"));
        assertThat(Db.count("claim_link l JOIN claim c ON c.id = l.from_claim_id WHERE c.public_id = '" + id + "'"))
                .isZero();
    }

    @Test
    void refusesDuplicateLinksIncludingAReversedContradiction() {
        String side = createParty(unique("side"), null);
        String a = createClaim(claim(createSource(unique("a"), "media", null), side, 10));
        String b = createClaim(claim(createSource(unique("b"), "media", null), side, 90));
        editor().body(Map.of("target", b, "type", "contradicts")).post("/api/v1/claims/" + a + "/links")
                .then().statusCode(201);

        editor().body(Map.of("target", b, "type", "contradicts")).post("/api/v1/claims/" + a + "/links")
                .then().statusCode(409).contentType("application/problem+json");
        editor().body(Map.of("target", a, "type", "contradicts")).post("/api/v1/claims/" + b + "/links")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void supersedesOnlyLinksFiguresOfTheSameSource() {
        String side = createParty(unique("side"), null);
        String a = createClaim(claim(createSource(unique("a"), "media", null), side, 10));
        String b = createClaim(claim(createSource(unique("b"), "media", null), side, 20));
        editor().body(Map.of("target", a, "type", "supersedes")).post("/api/v1/claims/" + b + "/links")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void retractingALinkKeepsItListedAsRetracted() {
        String side = createParty(unique("side"), null);
        String a = createClaim(claim(createSource(unique("a"), "media", null), side, 10));
        String b = createClaim(claim(createSource(unique("b"), "media", null), side, 10));
        String link = editor().body(Map.of("target", b, "type", "derived-from"))
                .post("/api/v1/claims/" + a + "/links").then().statusCode(201).extract().path("id");

        editor().header("If-Match", "\"1\"").queryParam("reason", "it was an independent count")
                .delete("/api/v1/claims/" + a + "/links/" + link).then().statusCode(200)
                .body("status", equalTo("retracted")).header("ETag", "\"2\"");
        anonymous().get("/api/v1/claims/" + a + "/links").then()
                .body("items[0].status", equalTo("retracted"));
    }
}
