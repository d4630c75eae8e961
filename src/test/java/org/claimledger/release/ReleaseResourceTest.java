package org.claimledger.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.admin;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

@QuarkusTest
class ReleaseResourceTest {

    @Test
    void aReleaseExportIsTheSameBytesEveryTimeAndHashesToItsPublishedSha256() throws Exception {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("mod"), "government", side);
        String kept = createClaim(claim(source, side, 300));
        String version = "2026.12." + ProcessHandle.current().pid() + "-" + System.nanoTime();

        JsonPath cut = admin().body(Map.of("version", version, "note", "for the paper")).post("/api/v1/releases")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/releases/" + version))
                .extract().jsonPath();
        String sha256 = cut.getString("sha256");

        byte[] first = export(version);
        editor().header("If-Match", "\"1\"").queryParam("reason", "revised after the release")
                .body(claim(source, side, 350)).put("/api/v1/claims/" + kept).then().statusCode(200);
        createClaim(claim(source, side, 999));
        byte[] second = export(version);

        assertThat(second).isEqualTo(first);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first))).isEqualTo(sha256);
        assertThat(cut.getLong("size")).isEqualTo(first.length);

        JsonNode document = new ObjectMapper().readTree(first);
        assertThat(cut.getInt("counts.claims")).isEqualTo(document.get("claims").size());
        assertThat(cut.getInt("counts.links")).isEqualTo(document.get("links").size());
        assertThat(cut.getInt("counts.sources")).isEqualTo(document.get("sources").size());
        assertThat(new String(first, "UTF-8")).contains(source + " says 300").doesNotContain(source + " says 350")
                .doesNotContain(source + " says 999");
        assertThat(anonymous().get("/api/v1/dataset").asString()).contains(source + " says 350");

        anonymous().get("/api/v1/releases/" + version).then().statusCode(200)
                .body("sha256", org.hamcrest.Matchers.equalTo(sha256))
                .body("note", org.hamcrest.Matchers.equalTo("for the paper"))
                .body("export", org.hamcrest.Matchers.equalTo("/api/v1/releases/" + version + "/export"));
        assertThat(RestAssured.given().header("If-None-Match", "\"" + sha256 + "\"")
                .get("/api/v1/releases/" + version + "/export").statusCode()).isEqualTo(304);
    }

    private static byte[] export(String version) {
        Response response = RestAssured.given().get("/api/v1/releases/" + version + "/export");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        return response.asByteArray();
    }

    @Test
    void aVersionIsCutOnceAndOnlyByAnAdmin() {
        String version = "r" + System.nanoTime();
        editor().body(Map.of("version", version)).post("/api/v1/releases").then().statusCode(403);
        admin().body(Map.of("version", version)).post("/api/v1/releases").then().statusCode(201);
        admin().body(Map.of("version", version)).post("/api/v1/releases").then().statusCode(409)
                .contentType("application/problem+json");
        admin().body(Map.of("version", "-bad version")).post("/api/v1/releases").then().statusCode(400)
                .contentType("application/problem+json");
        anonymous().get("/api/v1/releases/no-such-release").then().statusCode(404);
        assertThat(anonymous().queryParam("limit", 1000).get("/api/v1/releases").then().statusCode(200).extract()
                .jsonPath().getList("items.version")).contains(version);
    }
}
