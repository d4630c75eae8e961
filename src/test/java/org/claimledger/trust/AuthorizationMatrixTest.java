package org.claimledger.trust;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.claimledger.support.Api;
import org.claimledger.support.Problems;
import org.claimledger.support.Stored;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.admin;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/**
 * Reads are public; every write needs a token whose role allows it. Each write endpoint is called by
 * four callers, each time with a request that is otherwise valid, so a refusal can only be about who
 * asks: anonymous and revoked tokens get 401, editors 403 on admin endpoints, and a refused request
 * stores nothing.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    private static final String ADMIN = "admin";
    private static final String EDITOR = "editor";

    /** One endpoint: the role it needs, and fixtures made up front that yield the request to send. */
    private record Endpoint(String name, String role, int success,
                            Supplier<Function<RequestSpecification, Response>> prepare) {
    }

    private record Caller(String name, String role, Supplier<RequestSpecification> spec) {
        boolean may(Endpoint endpoint) {
            return role != null && (role.equals(ADMIN) || role.equals(endpoint.role()));
        }
    }

    @Test
    void noWriteSucceedsWithoutATokenWhoseRoleAllowsIt() {
        String revoked = revokedAdminToken();
        List<Caller> callers = List.of(
                new Caller("anonymous", null, Api::anonymous),
                new Caller("revoked admin token", null, () -> Api.bearer(revoked)),
                new Caller("editor", EDITOR, Api::editor),
                new Caller("admin", ADMIN, Api::admin));
        List<Endpoint> endpoints = endpoints();
        List<String> failures = new ArrayList<>();
        int unauthorizedSuccesses = 0;
        int successes = 0;
        int unauthenticated = 0;
        int forbidden = 0;
        int refusedButStored = 0;

        for (Endpoint endpoint : endpoints) {
            for (Caller caller : callers) {
                Function<RequestSpecification, Response> request = endpoint.prepare().get();
                RequestSpecification spec = caller.spec().get();
                Stored before = Stored.now();
                Response response = request.apply(spec);
                String what = endpoint.name() + " as " + caller.name() + ": ";
                int status = response.statusCode();
                if (caller.may(endpoint)) {
                    successes += status == endpoint.success() ? 1 : 0;
                    if (status != endpoint.success()) {
                        failures.add(what + "expected " + endpoint.success() + ", got " + status + " " + response.asString());
                    }
                    continue;
                }
                if (status >= 200 && status < 300) {
                    unauthorizedSuccesses++;
                }
                int expected = caller.role() == null ? 401 : 403;
                unauthenticated += status == 401 ? 1 : 0;
                forbidden += status == 403 ? 1 : 0;
                if (status != expected) {
                    failures.add(what + "expected " + expected + ", got " + status + " " + response.asString());
                }
                Problems.defects(status, response.contentType(), response.asByteArray())
                        .forEach(defect -> failures.add(what + defect));
                String challenge = response.header("WWW-Authenticate");
                if (expected == 401 && (challenge == null || !challenge.startsWith("Bearer"))) {
                    failures.add(what + "WWW-Authenticate is " + challenge);
                }
                Map<String, String> changes = Stored.now().changesSince(before);
                if (!changes.isEmpty()) {
                    refusedButStored++;
                    failures.add(what + "refused, yet stored " + changes);
                }
            }
        }

        int requests = endpoints.size() * callers.size();
        System.out.printf("[authorization-matrix] %d endpoints x %d callers = %d requests: %d unauthorized successes, "
                        + "%d expected successes, %d x 401, %d x 403, %d refused requests stored something%n",
                endpoints.size(), callers.size(), requests, unauthorizedSuccesses, successes, unauthenticated,
                forbidden, refusedButStored);
        assertThat(failures).isEmpty();
        assertThat(unauthorizedSuccesses).isZero();
        assertThat(successes + unauthenticated + forbidden).isEqualTo(requests);
    }

    @Test
    void readsArePublicAndAStaleTokenDoesNotBreakThem() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("src"), "media", side);
        String first = createClaim(claim(source, side, 10));
        String second = createClaim(claim(source, side, 12));
        editor().body(Map.of("target", first, "type", "corroborates"))
                .post("/api/v1/claims/" + second + "/links").then().statusCode(201);
        String importId = editor().body(Map.of("claims", List.of(keyed(claim(source, side, 3)))))
                .post("/api/v1/imports").then().statusCode(201).extract().path("id");
        String revoked = revokedAdminToken();
        List<String> reads = List.of("/api/v1/claims", "/api/v1/claims?source=" + source, "/api/v1/claims/" + first,
                "/api/v1/claims/" + first + "?revision=1", "/api/v1/claims/" + first + "/revisions",
                "/api/v1/claims/" + first + "/links", "/api/v1/sources", "/api/v1/sources/" + source,
                "/api/v1/parties", "/api/v1/parties/" + side, "/api/v1/imports/" + importId,
                "/api/v1/incidents", "/api/v1/incidents/barda-2020-10-28", "/api/v1/allegations?q=Barda",
                "/api/v1/claims.csv?source=" + source, "/api/v1/claims.jsonld?source=" + source, "/api/v1/dataset");
        Map<String, Supplier<RequestSpecification>> callers = Map.of(
                "anonymous", RestAssured::given,
                "revoked token", () -> RestAssured.given().header("Authorization", "Bearer " + revoked),
                "unknown token", () -> RestAssured.given().header("Authorization", "Bearer cl_no-such-token"));

        int answered = 0;
        for (String read : reads) {
            for (var caller : callers.entrySet()) {
                int status = caller.getValue().get().get(read).statusCode();
                assertThat(status).as("GET %s as %s", read, caller.getKey()).isEqualTo(200);
                answered++;
            }
        }
        System.out.printf("[public-reads] %d reads x %d callers (anonymous, revoked token, unknown token) = %d requests:"
                + " %d answered 200%n", reads.size(), callers.size(), reads.size() * callers.size(), answered);
    }

    @Test
    void anEditorMayRepeatSourcesAndPartiesUnchangedInAnImport() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("src"), "monitor", side);
        Map<String, Object> party = new HashMap<>(Map.of("slug", side, "name", "Party " + side));
        Map<String, Object> unchanged = new HashMap<>(Map.of("slug", source, "name", "Source " + source,
                "kind", "monitor", "party", side));
        editor().body(batch(List.of(party), List.of(unchanged), List.of(keyed(claim(source, side, 4)))))
                .post("/api/v1/imports").then().statusCode(201)
                .body("sources.unchanged", org.hamcrest.Matchers.equalTo(1))
                .body("parties.unchanged", org.hamcrest.Matchers.equalTo(1))
                .body("claims.created", org.hamcrest.Matchers.equalTo(1));

        Stored before = Stored.now();
        Map<String, Object> renamed = new HashMap<>(unchanged);
        renamed.put("name", "Renamed by an editor");
        Response refused = editor().body(batch(List.of(), List.of(renamed), List.of(keyed(claim(source, side, 5)))))
                .post("/api/v1/imports");
        Problems.assertProblem(refused, 403);
        assertThat(refused.<String>path("detail")).contains("sources[0]").contains("admin");
        assertThat(Stored.now().changesSince(before)).isEmpty();
    }

    /** Sections in the order a streamed import reads them: parties and sources before claims. */
    private static Map<String, Object> batch(List<?> parties, List<?> sources, List<?> claims) {
        Map<String, Object> batch = new java.util.LinkedHashMap<>();
        batch.put("parties", parties);
        batch.put("sources", sources);
        batch.put("claims", claims);
        return batch;
    }

    /** An admin token that was revoked: the most a revoked token could ever have been allowed. */
    private static String revokedAdminToken() {
        Response created = admin().body(Map.of("name", unique("revoked"), "role", ADMIN)).post("/api/v1/tokens");
        admin().delete("/api/v1/tokens/" + created.path("id")).then().statusCode(200);
        return created.path("token");
    }

    private static List<Endpoint> endpoints() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("src"), "monitor", side);
        return List.of(
                new Endpoint("POST /api/v1/parties", ADMIN, 201, () -> {
                    Map<String, Object> party = Map.of("slug", unique("party"), "name", "A party");
                    return spec -> spec.body(party).post("/api/v1/parties");
                }),
                new Endpoint("POST /api/v1/sources", ADMIN, 201, () -> {
                    Map<String, Object> body = Map.of("slug", unique("source"), "name", "A source", "kind", "ngo");
                    return spec -> spec.body(body).post("/api/v1/sources");
                }),
                new Endpoint("PUT /api/v1/sources/{slug}", ADMIN, 200, () -> {
                    String slug = createSource(unique("source"), "ngo", null);
                    Map<String, Object> body = Map.of("slug", slug, "name", "Renamed", "kind", "ngo");
                    return spec -> spec.header("If-Match", "\"1\"").body(body).put("/api/v1/sources/" + slug);
                }),
                new Endpoint("POST /api/v1/incidents", EDITOR, 201, () -> {
                    Map<String, Object> incident = Map.of("slug", unique("incident"), "title", "An incident");
                    return spec -> spec.body(incident).post("/api/v1/incidents");
                }),
                new Endpoint("PUT /api/v1/incidents/{slug}", EDITOR, 200, () -> {
                    String slug = unique("incident");
                    editor().body(Map.of("slug", slug, "title", "An incident")).post("/api/v1/incidents")
                            .then().statusCode(201);
                    Map<String, Object> body = Map.of("slug", slug, "title", "The incident, retitled");
                    return spec -> spec.header("If-Match", "\"1\"").body(body).put("/api/v1/incidents/" + slug);
                }),
                new Endpoint("POST /api/v1/tokens", ADMIN, 201, () -> {
                    Map<String, Object> body = Map.of("name", unique("token"), "role", EDITOR);
                    return spec -> spec.body(body).post("/api/v1/tokens");
                }),
                new Endpoint("GET /api/v1/tokens", ADMIN, 200, () -> spec -> spec.get("/api/v1/tokens")),
                new Endpoint("DELETE /api/v1/tokens/{id}", ADMIN, 200, () -> {
                    String id = admin().body(Map.of("name", unique("token"), "role", EDITOR)).post("/api/v1/tokens")
                            .then().statusCode(201).extract().path("id");
                    return spec -> spec.delete("/api/v1/tokens/" + id);
                }),
                new Endpoint("POST /api/v1/claims", EDITOR, 201, () -> {
                    Map<String, Object> body = claim(source, side, 7);
                    return spec -> spec.body(body).post("/api/v1/claims");
                }),
                new Endpoint("PUT /api/v1/claims/{id}", EDITOR, 200, () -> {
                    String id = createClaim(claim(source, side, 7));
                    Map<String, Object> body = claim(source, side, 8);
                    return spec -> spec.header("If-Match", "\"1\"").body(body).put("/api/v1/claims/" + id);
                }),
                new Endpoint("DELETE /api/v1/claims/{id}", EDITOR, 200, () -> {
                    String id = createClaim(claim(source, side, 7));
                    return spec -> spec.header("If-Match", "\"1\"").queryParam("reason", "duplicate")
                            .delete("/api/v1/claims/" + id);
                }),
                new Endpoint("POST /api/v1/claims/{id}/links", EDITOR, 201, () -> {
                    String from = createClaim(claim(source, side, 7));
                    String to = createClaim(claim(source, side, 9));
                    return spec -> spec.body(Map.of("target", to, "type", "contradicts"))
                            .post("/api/v1/claims/" + from + "/links");
                }),
                new Endpoint("DELETE /api/v1/claims/{id}/links/{linkId}", EDITOR, 200, () -> {
                    String from = createClaim(claim(source, side, 7));
                    String to = createClaim(claim(source, side, 9));
                    String link = editor().body(Map.of("target", to, "type", "contradicts"))
                            .post("/api/v1/claims/" + from + "/links").then().statusCode(201).extract().path("id");
                    return spec -> spec.header("If-Match", "\"1\"").queryParam("reason", "mistaken")
                            .delete("/api/v1/claims/" + from + "/links/" + link);
                }),
                new Endpoint("POST /api/v1/imports (JSON)", EDITOR, 201, () -> {
                    Map<String, Object> batch = Map.of("claims", List.of(keyed(claim(source, side, 7))));
                    return spec -> spec.body(batch).post("/api/v1/imports");
                }),
                new Endpoint("POST /api/v1/imports creating a source", ADMIN, 201, () -> {
                    Map<String, Object> batch = Map.of("sources", List.of(Map.of("slug", unique("source"),
                            "name", "A source", "kind", "monitor")));
                    return spec -> spec.body(batch).post("/api/v1/imports");
                }),
                new Endpoint("POST /api/v1/imports changing a source", ADMIN, 201, () -> {
                    String slug = createSource(unique("source"), "monitor", null);
                    Map<String, Object> batch = Map.of("sources", List.of(Map.of("slug", slug,
                            "name", "Renamed through an import", "kind", "monitor", "party", side)));
                    return spec -> spec.body(batch).post("/api/v1/imports");
                }),
                new Endpoint("POST /api/v1/imports creating a party", ADMIN, 201, () -> {
                    Map<String, Object> batch = Map.of("parties", List.of(Map.of("slug", unique("party"),
                            "name", "A party")));
                    return spec -> spec.body(batch).post("/api/v1/imports");
                }),
                new Endpoint("POST /api/v1/imports moving a party to another side", ADMIN, 201, () -> {
                    String other = createParty(unique("side"), null);
                    String party = createParty(unique("party"), side);
                    Map<String, Object> batch = Map.of("parties", List.of(Map.of("slug", party,
                            "name", "Party " + party, "side", other)));
                    return spec -> spec.body(batch).post("/api/v1/imports");
                }),
                new Endpoint("POST /api/v1/imports (CSV)", EDITOR, 201, () -> {
                    String csv = "key,source,statedOn,category,metric,statement,citationTitle\n"
                            + unique("matrix/csv") + "," + source + ",2020-10-28,casualty,killed,Seven killed,Report\n";
                    return spec -> spec.contentType("text/csv").body(csv).post("/api/v1/imports");
                }));
    }

    private static Map<String, Object> keyed(Map<String, Object> claim) {
        Map<String, Object> keyed = new HashMap<>(claim);
        keyed.put("key", unique("matrix/json"));
        return keyed;
    }
}
