package org.claimledger.common.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.contestedRanking;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

@QuarkusTest
class ConditionalResponsesTest {

    @Test
    void aClaimIsTaggedWithItsRevisionAndAnsweredNotModifiedUntilItIsRevised() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("mod"), "government", side);
        String id = createClaim(claim(source, side, 70));

        Response first = anonymous().get("/api/v1/claims/" + id);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).isEqualTo("\"1\"");
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

        Response again = anonymous().header("If-None-Match", etag).get("/api/v1/claims/" + id);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asByteArray()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);

        editor().header("If-Match", etag).queryParam("reason", "final count").body(claim(source, side, 75))
                .put("/api/v1/claims/" + id).then().statusCode(200);

        Response revised = anonymous().header("If-None-Match", etag).get("/api/v1/claims/" + id);
        assertThat(revised.statusCode()).isEqualTo(200);
        assertThat(revised.header("ETag")).isEqualTo("\"2\"");
        assertThat(revised.jsonPath().getInt("quantity.low")).isEqualTo(75);
    }

    @Test
    void aComparisonIsTaggedByItsBodyAndChangesWhenAFigureIsAdded() {
        String side = createParty(unique("side"), null);
        String a = createSource(unique("mod"), "government", side);
        String b = createSource(unique("ngo"), "ngo", null);
        createClaim(claim(a, side, 100));
        createClaim(claim(b, side, 300));

        Response first = compare(side, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(first.jsonPath().getList("figures")).hasSize(2);

        Response again = compare(side, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asByteArray()).isEmpty();

        createClaim(claim(createSource(unique("osint"), "osint", null), side, 200));
        Response changed = compare(side, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    private static Response compare(String side, String ifNoneMatch) {
        var request = anonymous().queryParam("subject", side).queryParam("population", "military")
                .queryParam("metric", "killed");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get("/api/v1/comparisons");
    }

    @Test
    void anExportIsAnsweredNotModifiedUntilTheDatasetChanges() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("mod"), "government", side);
        createClaim(claim(source, side, 12));

        Response first = RestAssured.given().queryParam("source", source).get("/api/v1/claims.csv");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.asString()).contains(source + " says 12");

        Response again = RestAssured.given().queryParam("source", source).header("If-None-Match", etag)
                .get("/api/v1/claims.csv");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.asByteArray()).isEmpty();

        Response dataset = RestAssured.given().get("/api/v1/dataset");
        assertThat(dataset.statusCode()).isEqualTo(200);
        assertThat(RestAssured.given().header("If-None-Match", dataset.header("ETag")).get("/api/v1/dataset")
                .statusCode()).isEqualTo(304);

        createClaim(claim(source, side, 13));
        Response changed = RestAssured.given().queryParam("source", source).header("If-None-Match", etag)
                .get("/api/v1/claims.csv");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.asString()).contains(source + " says 13");
    }

    @Test
    void aReadWithATokenIsNotMarkedForSharedCaches() {
        Response read = editor().get("/api/v1/sources");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.header("Cache-Control")).isNull();
    }

    @Test
    void jsonCsvAndPagesAreGzippedForClientsThatAcceptIt() throws Exception {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("mod"), "government", side);
        for (int i = 0; i < 20; i++) {
            createClaim(claim(source, side, 1000 + i));
        }
        contestedRanking(); // the home page is the same twice only once the refresh has ranked those claims
        for (String path : new String[] {"/api/v1/claims?limit=50&source=" + source, "/api/v1/claims.csv?source=" + source,
                "/api/v1/dataset", "/"}) {
            HttpResponse<byte[]> plain = raw(path, null);
            HttpResponse<byte[]> zipped = raw(path, "gzip");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(zipped.body().length).as(path).isLessThan(plain.body().length);
            assertThat(new String(gunzip(zipped.body()), "UTF-8")).as(path).isEqualTo(new String(plain.body(), "UTF-8"));
        }
    }

    private static HttpResponse<byte[]> raw(String path, String encoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
