package org.claimledger.openapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
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

/**
 * Every operation of openapi/openapi.yaml, called on the running service for its success and its main
 * refusals; each answer must be one the document declares, with the declared body. A failure lists every
 * answer that differs, so the document or the code can be put right.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResponsesMatchTheContractTest {
    private static final ContractCheck CONTRACT = new ContractCheck();
    private static final String NOBODY = "00000000-0000-4000-8000-000000000000";
    private static final String ARMENIAN_MILITARY_DEATHS = "subject=armenia&population=military&metric=killed";

    @Test
    @Order(1)
    void readsAnswerAsDeclared() {
        String side = createParty(unique("contract-side"), null);
        String source = createSource(unique("contract-src"), "military", side);
        String id = createClaim(claim(source, side, 100));

        ok("/api/v1");
        CONTRACT.expect(400, "GET", "/api/v1?q=%00", anonymous().urlEncodingEnabled(false));
        ok("/api/v1/metrics");
        ok("/api/v1/allegations?limit=2");
        bad("/api/v1/allegations?cursor=not-a-cursor");
        ok("/api/v1/claims?limit=2");
        bad("/api/v1/claims?limit=0");
        bad("/api/v1/claims?metric=no-such-metric");
        ok("/api/v1/claims.csv?limit=2");
        CONTRACT.expect(400, "GET", "/api/v1/claims.csv?limit=-1", anonymous().accept("text/csv"));
        CONTRACT.expect(406, "GET", "/api/v1/claims.csv", anonymous().accept("application/xml"));
        ok("/api/v1/claims.jsonld?limit=2");
        bad("/api/v1/claims.jsonld?statedFrom=yesterday");
        ok("/api/v1/claims/" + id);
        ok("/api/v1/claims/" + id + "?revision=1");
        bad("/api/v1/claims/" + id + "?revision=abc");
        missing("/api/v1/claims/" + NOBODY);
        missing("/api/v1/claims/" + id + "?revision=7");
        ok("/api/v1/claims/" + id + "/revisions");
        missing("/api/v1/claims/" + NOBODY + "/revisions");
        ok("/api/v1/claims/" + id + "/corroboration");
        missing("/api/v1/claims/" + NOBODY + "/corroboration");
        ok("/api/v1/claims/" + id + "/links");
        missing("/api/v1/claims/" + NOBODY + "/links");
        ok("/api/v1/comparisons?" + ARMENIAN_MILITARY_DEATHS);
        bad("/api/v1/comparisons?subject=armenia");
        missing("/api/v1/comparisons?subject=" + side + "&population=civilian&metric=wounded");
        ok("/api/v1/comparisons/contested?limit=5");
        bad("/api/v1/comparisons/contested?limit=100000");
        ok("/api/v1/comparisons/timeline?" + ARMENIAN_MILITARY_DEATHS);
        bad("/api/v1/comparisons/timeline?metric=killed");
        ok("/api/v1/dataset");
        ok("/api/v1/incidents?limit=2");
        ok("/api/v1/incidents/barda-2020-10-28");
        missing("/api/v1/incidents/no-such-incident");
        ok("/api/v1/parties?limit=2");
        ok("/api/v1/parties/" + side);
        missing("/api/v1/parties/no-such-party");
        ok("/api/v1/sources?limit=2&kind=military");
        bad("/api/v1/sources?kind=rumour");
        ok("/api/v1/sources/" + source);
        missing("/api/v1/sources/no-such-source");
        CONTRACT.expect(404, "GET", "/api/v1/imports/" + NOBODY, anonymous());
        ok("/api/v1/changes?limit=2");
        bad("/api/v1/changes?since=not-a-cursor");
        String tag = anonymous().get("/api/v1/claims/" + id).header("ETag");
        CONTRACT.expect(304, "GET", "/api/v1/claims/" + id, anonymous().header("If-None-Match", tag));

        assertThat(CONTRACT.mismatches).as("answers that differ from openapi/openapi.yaml").isEmpty();
    }

    @Test
    @Order(2)
    void claimWritesAnswerAsDeclared() {
        String side = createParty(unique("contract-side"), null);
        String source = createSource(unique("contract-src"), "military", side);
        Map<String, Object> body = claim(source, side, 200);
        String key = unique("contract-key");

        String id = CONTRACT.expect(201, "POST", "/api/v1/claims", editor().header("Idempotency-Key", key).body(body))
                .path("id");
        CONTRACT.expect(201, "POST", "/api/v1/claims", editor().header("Idempotency-Key", key).body(body));
        CONTRACT.expect(422, "POST", "/api/v1/claims", editor().header("Idempotency-Key", key)
                .body(claim(source, side, 201)));
        Map<String, Object> invalid = claim(source, side, 200);
        invalid.put("citations", List.of());
        CONTRACT.expect(400, "POST", "/api/v1/claims", editor().body(invalid));
        CONTRACT.expect(401, "POST", "/api/v1/claims", anonymous().body(body));
        CONTRACT.expect(401, "POST", "/api/v1/claims", anonymous().header("Authorization", "Bearer cl_unknown")
                .body(body));
        CONTRACT.expect(413, "POST", "/api/v1/claims", editor().body("{\"statement\":\"" + "x".repeat(1_100_000)
                + "\"}"));
        CONTRACT.expect(415, "POST", "/api/v1/claims", editor().contentType("text/plain").body("541 killed"));

        String claim = "/api/v1/claims/" + id;
        CONTRACT.expect(200, "PUT", claim + "?reason=final+count", editor().header("If-Match", "\"1\"")
                .body(claim(source, side, 250)));
        CONTRACT.expect(412, "PUT", claim, editor().header("If-Match", "\"1\"").body(claim(source, side, 260)));
        CONTRACT.expect(428, "PUT", claim, editor().body(claim(source, side, 260)));
        CONTRACT.expect(404, "PUT", "/api/v1/claims/" + NOBODY, editor().header("If-Match", "\"1\"").body(body));
        CONTRACT.expect(400, "PUT", claim, editor().header("If-Match", "\"2\"").body(invalid));

        String other = createClaim(claim(source, side, 300));
        String link = CONTRACT.expect(201, "POST", claim + "/links", editor().header("Idempotency-Key", unique("link"))
                .body(Map.of("target", other, "type", "contradicts"))).path("id");
        CONTRACT.expect(409, "POST", claim + "/links", editor().body(Map.of("target", other, "type", "contradicts")));
        CONTRACT.expect(404, "POST", "/api/v1/claims/" + NOBODY + "/links",
                editor().body(Map.of("target", other, "type", "contradicts")));
        CONTRACT.expect(428, "DELETE", claim + "/links/" + link + "?reason=mistaken", editor());
        CONTRACT.expect(200, "DELETE", claim + "/links/" + link + "?reason=mistaken", editor().header("If-Match", "\"1\""));

        CONTRACT.expect(412, "DELETE", claim + "?reason=duplicate", editor().header("If-Match", "\"1\""));
        CONTRACT.expect(200, "DELETE", claim + "?reason=duplicate", editor().header("If-Match", "\"2\""));
        CONTRACT.expect(409, "DELETE", claim + "?reason=duplicate", editor().header("If-Match", "\"3\""));
        CONTRACT.expect(200, "GET", claim + "/revisions", anonymous());

        assertThat(CONTRACT.mismatches).as("answers that differ from openapi/openapi.yaml").isEmpty();
    }

    @Test
    @Order(3)
    void otherWritesAnswerAsDeclared() {
        String party = unique("contract-party");
        Map<String, Object> newParty = Map.of("slug", party, "name", "Party " + party);
        CONTRACT.expect(201, "POST", "/api/v1/parties", admin().body(newParty));
        CONTRACT.expect(409, "POST", "/api/v1/parties", admin().body(newParty));
        CONTRACT.expect(403, "POST", "/api/v1/parties", editor().body(Map.of("slug", unique("p"), "name", "P")));
        CONTRACT.expect(400, "POST", "/api/v1/parties", admin().body(Map.of("slug", "Not A Slug", "name", "P")));

        String source = unique("contract-source");
        Map<String, Object> newSource = new HashMap<>(Map.of("slug", source, "name", "Source " + source,
                "kind", "monitor"));
        CONTRACT.expect(201, "POST", "/api/v1/sources", admin().body(newSource));
        CONTRACT.expect(409, "POST", "/api/v1/sources", admin().body(newSource));
        newSource.put("homepage", "https://example.org");
        CONTRACT.expect(200, "PUT", "/api/v1/sources/" + source, admin().header("If-Match", "\"1\"").body(newSource));
        CONTRACT.expect(412, "PUT", "/api/v1/sources/" + source, admin().header("If-Match", "\"1\"").body(newSource));
        CONTRACT.expect(428, "PUT", "/api/v1/sources/" + source, admin().body(newSource));
        CONTRACT.expect(404, "PUT", "/api/v1/sources/no-such-source", admin().header("If-Match", "\"1\"")
                .body(Map.of("slug", "no-such-source", "name", "N", "kind", "monitor")));

        String incident = unique("contract-incident");
        Map<String, Object> newIncident = new HashMap<>(Map.of("slug", incident, "title", "Shelling of a town"));
        CONTRACT.expect(201, "POST", "/api/v1/incidents", editor().body(newIncident));
        CONTRACT.expect(409, "POST", "/api/v1/incidents", editor().body(newIncident));
        CONTRACT.expect(401, "POST", "/api/v1/incidents", anonymous().body(newIncident));
        newIncident.put("location", "Barda, Azerbaijan");
        CONTRACT.expect(200, "PUT", "/api/v1/incidents/" + incident, editor().header("If-Match", "\"1\"")
                .body(newIncident));
        CONTRACT.expect(412, "PUT", "/api/v1/incidents/" + incident, editor().header("If-Match", "\"1\"")
                .body(newIncident));

        Response token = CONTRACT.expect(201, "POST", "/api/v1/tokens", admin()
                .body(Map.of("name", unique("contract-desk"), "role", "editor")));
        CONTRACT.expect(400, "POST", "/api/v1/tokens", admin().body(Map.of("name", "system", "role", "editor")));
        CONTRACT.expect(200, "GET", "/api/v1/tokens?limit=2", admin());
        CONTRACT.expect(401, "GET", "/api/v1/tokens", anonymous());
        CONTRACT.expect(403, "GET", "/api/v1/tokens", editor());
        CONTRACT.expect(200, "DELETE", "/api/v1/tokens/" + token.path("id"), admin());
        CONTRACT.expect(404, "DELETE", "/api/v1/tokens/" + NOBODY, admin());

        String version = unique("contract-release");
        CONTRACT.expect(201, "POST", "/api/v1/releases", admin().body(Map.of("version", version, "note", "contract")));
        CONTRACT.expect(409, "POST", "/api/v1/releases", admin().body(Map.of("version", version)));
        CONTRACT.expect(403, "POST", "/api/v1/releases", editor().body(Map.of("version", unique("r"))));
        CONTRACT.expect(400, "POST", "/api/v1/releases", admin().body(Map.of("version", "not a version!")));
        CONTRACT.expect(200, "GET", "/api/v1/releases?limit=2", anonymous());
        CONTRACT.expect(200, "GET", "/api/v1/releases/" + version, anonymous());
        CONTRACT.expect(200, "GET", "/api/v1/releases/" + version + "/export", anonymous());
        CONTRACT.expect(404, "GET", "/api/v1/releases/no-such-release", anonymous());

        String tag = unique("contract-import");
        Map<String, Object> claim = claim("sohr", "syrian-fighters", 541);
        claim.put("key", "test/" + tag + "/1");
        String importId = CONTRACT.expect(201, "POST", "/api/v1/imports", editor().header("Idempotency-Key", tag)
                .body(Map.of("claims", List.of(claim)))).path("id");
        CONTRACT.expect(200, "GET", "/api/v1/imports/" + importId, anonymous());
        CONTRACT.expect(201, "POST", "/api/v1/imports", editor().contentType("text/csv").body(
                "key,source,statedOn,category,subject,population,metric,low,high,qualifier,quantityText,"
                        + "statement,citationTitle,citationReference\n"
                        + "test/" + tag + "/2,sohr,2020-12-03,casualty,syrian-fighters,military,killed,541,,at-least,"
                        + "at least 541,\"SOHR says at least 541 were killed\",2020 Nagorno-Karabakh war,[49]\n"));
        CONTRACT.expect(400, "POST", "/api/v1/imports", editor().body(Map.of("claims", List.of(Map.of("key", "x")))));
        CONTRACT.expect(403, "POST", "/api/v1/imports", editor().body(Map.of("parties",
                List.of(Map.of("slug", unique("p"), "name", "P")))));
        CONTRACT.expect(415, "POST", "/api/v1/imports", editor().contentType("text/plain").body("x"));

        assertThat(CONTRACT.mismatches).as("answers that differ from openapi/openapi.yaml").isEmpty();
    }

    @Test
    @Order(4)
    void everyOperationWasAnsweredWithASuccessAndChecked() {
        assertThat(CONTRACT.operations()).as("operations of openapi/openapi.yaml").hasSizeGreaterThan(30);
        assertThat(CONTRACT.operationsWithoutSuccess()).as("operations no request of the tests above answered "
                + "with a success (run the whole class)").isEmpty();
    }

    private static void ok(String target) {
        CONTRACT.expect(200, "GET", target, anonymous().accept("*/*"));
    }

    private static void bad(String target) {
        CONTRACT.expect(400, "GET", target, anonymous());
    }

    private static void missing(String target) {
        CONTRACT.expect(404, "GET", target, anonymous());
    }
}
