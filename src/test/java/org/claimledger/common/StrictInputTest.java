package org.claimledger.common;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.claimledger.support.Api;
import org.claimledger.support.Http;
import org.claimledger.support.Problems;
import org.claimledger.support.Stored;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.admin;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/**
 * Input that a lenient reader would have guessed at is refused with a 400 that says what is wrong, and
 * stores nothing: JSON as written (no repeated fields, no numbers in strings, no half characters),
 * bodies in well-formed UTF-8, finite numbers, bounded search text, no NUL, If-Match that names a
 * revision, token names that cannot pass for the service's own.
 */
@QuarkusTest
class StrictInputTest {
    @TestHTTPResource("/")
    URL base;

    private String source;
    private String side;

    private Http http() throws Exception {
        return new Http(base.toURI());
    }

    private String claimJson(String statementJson, String lowJson) {
        if (source == null) {
            side = createParty(unique("side"), null);
            source = createSource(unique("src"), "media", side);
        }
        return "{\"source\":\"" + source + "\",\"statedOn\":\"2020-10-28\",\"category\":\"casualty\",\"subject\":\""
                + side + "\",\"population\":\"military\",\"metric\":\"killed\",\"quantity\":{\"low\":" + lowJson
                + ",\"qualifier\":\"at-least\"},\"statement\":" + statementJson
                + ",\"citations\":[{\"title\":\"A report\",\"reference\":\"[1]\"}]}";
    }

    private Http.Answer postClaim(byte[] body) throws Exception {
        return http().call("POST", "/api/v1/claims").bearer(editorToken()).body("application/json", body).send();
    }

    private static String editorToken;

    private static synchronized String editorToken() {
        if (editorToken == null) {
            editorToken = Api.newToken(unique("strict-editor"), "editor");
        }
        return editorToken;
    }

    @Test
    void aFieldGivenTwiceIsRefused() throws Exception {
        String body = claimJson("\"first\"", "5");
        editorToken();
        body = body.replace("\"statement\":\"first\"", "\"statement\":\"first\",\"statement\":\"second\"");
        Stored before = Stored.now();
        Http.Answer answer = postClaim(body.getBytes(StandardCharsets.UTF_8));
        Problems.assertProblem(answer, 400);
        assertThat(answer.json().path("detail").asText()).contains("statement");
        assertThat(Stored.now().changesSince(before)).isEmpty();
    }

    @Test
    void aNumberWrittenAsAStringIsRefused() throws Exception {
        Http.Answer answer = postClaim(claimJson("\"five\"", "\"5\"").getBytes(StandardCharsets.UTF_8));
        Problems.assertProblem(answer, 400);
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("quantity.low");
        assertThat(answer.json().path("errors").get(0).path("message").asText()).contains("number");
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() throws Exception {
        byte[] half = claimJson("\"half a character: \\ud800\"", "5").getBytes(StandardCharsets.UTF_8);
        editorToken();
        Stored before = Stored.now();
        Http.Answer answer = postClaim(half);
        Problems.assertProblem(answer, 400);
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("statement");
        assertThat(Stored.now().changesSince(before)).isEmpty();
        Http.Answer pair = postClaim(claimJson("\"a whole one: \\ud83d\\ude00\"", "5").getBytes(StandardCharsets.UTF_8));
        assertThat(pair.status()).as(pair.text()).isEqualTo(201);
        assertThat(pair.json().path("statement").asText()).isEqualTo("a whole one: \uD83D\uDE00");
    }

    @Test
    void anOverlongUtf8SequenceIsRefusedNotReadAsASlash() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String[] parts = claimJson("\"a|b\"", "5").split("\\|");
        editorToken();
        body.write(parts[0].getBytes(StandardCharsets.UTF_8));
        body.write(new byte[]{(byte) 0xC0, (byte) 0xAF});
        body.write(parts[1].getBytes(StandardCharsets.UTF_8));
        Stored before = Stored.now();
        Http.Answer answer = postClaim(body.toByteArray());
        Problems.assertProblem(answer, 400);
        assertThat(answer.json().path("title").asText()).isEqualTo("Invalid encoding");
        assertThat(Stored.now().changesSince(before)).isEmpty();
    }

    @Test
    void aToleranceThatIsNoNumberIsRefused() {
        for (String tolerance : List.of("NaN", "Infinity", "-Infinity")) {
            Response answer = anonymous().queryParam("subject", "armenia").queryParam("metric", "killed")
                    .queryParam("tolerance", tolerance).get("/api/v1/comparisons");
            Problems.assertProblem(answer, 400);
            assertThat(answer.<String>path("detail")).startsWith("tolerance");
        }
    }

    @Test
    void aNulInASearchIsA400OnThePagesAndTheApi() {
        for (String page : List.of("/search", "/allegations")) {
            Response answer = RestAssured.given().urlEncodingEnabled(false).get(page + "?q=%00");
            assertThat(answer.statusCode()).as(page).isEqualTo(400);
            assertThat(answer.contentType()).as(page).startsWith("text/html");
            assertThat(answer.asString()).contains("NUL");
        }
        Problems.assertProblem(RestAssured.given().urlEncodingEnabled(false).get("/api/v1/claims?q=%00"), 400);
        Problems.assertProblem(RestAssured.given().urlEncodingEnabled(false).get("/api/v1/allegations?q=a%00b"), 400);
    }

    @Test
    void aSearchTooLongOrWithTooManyWordsIsRefusedSayingWhich() {
        String longText = "a".repeat(201);
        Response tooLong = anonymous().queryParam("q", longText).get("/api/v1/claims");
        Problems.assertProblem(tooLong, 400);
        assertThat(tooLong.<String>path("detail")).contains("201 characters").contains("at most 200");
        String manyWords = String.join(" or ", java.util.Collections.nCopies(7, "tank"));
        Response tooMany = anonymous().queryParam("q", manyWords).get("/api/v1/claims");
        Problems.assertProblem(tooMany, 400);
        assertThat(tooMany.<String>path("detail")).contains("13 words").contains("at most 12");
        Response page = RestAssured.given().queryParam("q", manyWords).get("/search");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.asString()).contains("at most 12");
        anonymous().queryParam("q", "\"cluster munitions\" Barda -tank").get("/api/v1/claims").then().statusCode(200);
    }

    @Test
    void ifMatchStarIsNoRevisionAndChangesNothing() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("src"), "media", side);
        String id = createClaim(claim(source, side, 3));
        Stored before = Stored.now();
        Response answer = editor().header("If-Match", "*").body(claim(source, side, 4)).put("/api/v1/claims/" + id);
        Problems.assertProblem(answer, 428);
        assertThat(Stored.now().changesSince(before)).isEmpty();
    }

    @Test
    void aTokenCannotBeNamedLikeTheServicesOwnActors() {
        for (String name : List.of("initial-admin", "system:dataset-loader", "cli:root", "System", "anonymous")) {
            Response answer = admin().body(Map.of("name", name, "role", "editor")).post("/api/v1/tokens");
            Problems.assertProblem(answer, 400);
            assertThat(answer.<String>path("errors[0].field")).isEqualTo("name");
        }
        admin().body(Map.of("name", unique("newsroom-desk"), "role", "editor")).post("/api/v1/tokens")
                .then().statusCode(201);
    }

    @Test
    void aHugeCsvCellIsRefusedWhileItIsRead() {
        String header = "key,source,statedOn,category,metric,statement,citationTitle\n";
        String row = "k,s,2020-10-28,casualty,killed,\"" + "x".repeat(2 * 1024 * 1024) + "\",t\n";
        var editor = editor();
        Stored before = Stored.now();
        Response answer = editor.contentType("text/csv").body(header + row).post("/api/v1/imports");
        Problems.assertProblem(answer, 413);
        assertThat(answer.<String>path("detail")).contains("CSV row");
        assertThat(Stored.now().changesSince(before)).isEmpty();
    }

    @Test
    void aConflictFoundByTheDatabaseDoesNotNameItsConstraint() throws Exception {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("src"), "media", side);
        Map<String, Object> body = claim(source, side, 9);
        body.put("key", unique("same-key"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        Http http = http();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> http.call("POST", "/api/v1/claims").bearer(editorToken()).json(body).send()));
        }
        int created = 0;
        for (Future<Http.Answer> f : answers) {
            Http.Answer answer = f.get();
            if (answer.status() == 201) {
                created++;
            } else {
                Problems.assertProblem(answer, 409);
                assertThat(answer.json().path("detail").asText()).doesNotContain("claim_").doesNotContain("_key")
                        .doesNotContain("constraint");
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
    }

    @Test
    void pagesForbidFramingAndForeignScriptsAndNothingIsSniffed() {
        Response home = RestAssured.given().get("/");
        assertThat(home.header("Content-Security-Policy")).contains("frame-ancestors 'none'").contains("script-src 'self'")
                .contains("default-src 'none'");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
        Response api = anonymous().get("/api/v1");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.header("Content-Security-Policy")).isNull();
    }
}
