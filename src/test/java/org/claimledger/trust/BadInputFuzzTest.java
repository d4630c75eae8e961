package org.claimledger.trust;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.claimledger.claim.Claim;
import org.claimledger.support.Api;
import org.claimledger.support.Http;
import org.claimledger.support.Problems;
import org.claimledger.support.Stored;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/**
 * Thousands of malformed and hostile requests against the running service: none may be accepted, none
 * may crash it (5xx), every answer must be a well-formed problem, and nothing may be stored.
 *
 * <p>The requests come from jqwik generators, but not from a jqwik {@code @Property}: properties run
 * on jqwik's own test engine, outside the Quarkus test lifecycle, so no application would be running
 * for them to call. Here a {@code @QuarkusTest} starts the service against the real PostgreSQL, and
 * the test draws its requests from the generators itself, inside a {@link JqwikSession} (jqwik's way
 * of using generators outside its engine), from a fixed seed (override with -Dclaimledger.fuzz.seed=N)
 * so a failure can be replayed. Shrinking is given up; every failure is reported with the endpoint and
 * the defect it was sent for, which is what one needs to reproduce it (all of them in
 * target/bad-input-failures.txt).
 *
 * <p>To keep the assertion honest, every request is a valid one with one defect: the unmutated request
 * of each kind is sent first and must be accepted, each refusal must carry the status its defect calls
 * for, and the generators leave out values the service may rightly read as valid (a number where text
 * belongs is read as text, an optional value that trims to nothing as absent, CSV cells are trimmed).
 */
@QuarkusTest
class BadInputFuzzTest {
    private static final int REQUESTS = 5_400;
    private static final long SEED = Long.getLong("claimledger.fuzz.seed", 20_201_110L);

    @TestHTTPResource("/")
    URL base;

    @Test
    void noMalformedOrHostileRequestIsAcceptedCrashesTheServiceOrStoresAnything() throws Exception {
        Fixtures f = fixtures();
        Http http = new Http(base.toURI());
        int controls = sendControls(http, f);
        Stored before = Stored.now();
        Tally tally = new Tally();

        JqwikSession.run(Long.toString(SEED), () -> generator(f).generatorWithEmbeddedEdgeCases(1000)
                .stream(new Random(SEED)).map(Shrinkable::value).limit(REQUESTS)
                .forEach(request -> tally.record(request, send(http, request))));

        Map<String, String> stored = Stored.now().changesSince(before);
        tally.report(controls, stored);
        assertThat(tally.sent).isGreaterThanOrEqualTo(5_000);
        assertThat(tally.accepted).as("malformed requests accepted").isEmpty();
        assertThat(tally.crashed).as("5xx answers").isEmpty();
        assertThat(tally.notProblems).as("answers that are not problem+json").isEmpty();
        assertThat(tally.otherRefusals).as("refused, but with another status than intended").isEmpty();
        assertThat(stored).as("rows stored by refused requests").isEmpty();
        assertThat(Api.anonymous().get("/api/v1/claims/" + f.claim()).header("ETag")).isEqualTo("\"1\"");
        assertThat(Api.anonymous().get("/api/v1/sources/" + f.editableSource()).header("ETag")).isEqualTo("\"1\"");
    }

    private static Arbitrary<BadRequest> generator(Fixtures f) {
        return Arbitraries.frequencyOf(
                Tuple.of(20, BadWrites.claimPosts(f)),
                Tuple.of(10, BadWrites.claimPuts(f)),
                Tuple.of(4, BadWrites.claimDeletes(f)),
                Tuple.of(9, BadWrites.linkPosts(f)),
                Tuple.of(2, BadWrites.linkDeletes(f)),
                Tuple.of(10, BadImports.json(f)),
                Tuple.of(7, BadImports.csv(f)),
                Tuple.of(6, BadAdminWrites.sourcePosts(f)),
                Tuple.of(4, BadAdminWrites.sourcePuts(f)),
                Tuple.of(4, BadAdminWrites.partyPosts(f)),
                Tuple.of(12, BadReads.reads(f)),
                Tuple.of(6, BadWrites.badHeaders(f)),
                Tuple.of(1, BadWrites.oversized(f)));
    }

    private static Http.Answer send(Http http, BadRequest request) {
        Http.Call call = http.call(request.method(), request.path());
        request.headers().forEach(call::header);
        if (request.body() != null) {
            call.body(request.headers().getOrDefault("Content-Type", "application/json"), request.body());
        }
        return call.send();
    }

    /** Figures and failures of the run. */
    private static final class Tally {
        final Map<Integer, Integer> byStatus = new TreeMap<>();
        final Map<String, Integer> byEndpoint = new TreeMap<>();
        final List<String> accepted = new ArrayList<>();
        final List<String> crashed = new ArrayList<>();
        final List<String> notProblems = new ArrayList<>();
        final List<String> otherRefusals = new ArrayList<>();
        int sent;

        void record(BadRequest request, Http.Answer answer) {
            sent++;
            int status = answer.status();
            byStatus.merge(status, 1, Integer::sum);
            byEndpoint.merge(request.endpoint(), 1, Integer::sum);
            String what = request.method() + " " + clip(request.path()) + " [" + request.defect() + "] " + clip(
                    request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8)) + " -> " + status
                    + " " + clip(answer.text());
            if (status >= 200 && status < 300) {
                accepted.add(what);
            } else if (status >= 500) {
                crashed.add(what);
            } else if (!request.expected().contains(status)) {
                otherRefusals.add("expected " + request.expected() + ": " + what);
            }
            List<String> defects = status < 300 ? List.of() : Problems.defects(status, answer.contentType(), answer.body());
            if (!defects.isEmpty()) {
                notProblems.add(defects + ": " + what);
            }
        }

        void report(int controls, Map<String, String> stored) {
            System.out.printf("[bad-input] seed %d: %d unmutated controls accepted, then %d malformed or hostile "
                            + "requests: %d accepted, %d x 5xx, %d answers not problem+json, %d refused with another "
                            + "status than intended, rows stored: %s; by status %s%n", SEED, controls, sent,
                    accepted.size(), crashed.size(), notProblems.size(), otherRefusals.size(),
                    stored.isEmpty() ? "none" : stored, byStatus);
            System.out.printf("[bad-input] by endpoint %s%n", byEndpoint);
            List<String> all = new ArrayList<>();
            List.of(accepted, crashed, notProblems, otherRefusals).forEach(all::addAll);
            all.stream().limit(40).forEach(failure -> System.out.println("[bad-input]   "
                    + (failure.length() <= 400 ? failure : failure.substring(0, 400) + "...")));
            try {
                java.nio.file.Path file = java.nio.file.Path.of("target", "bad-input-failures.txt");
                java.nio.file.Files.deleteIfExists(file);
                if (!all.isEmpty()) {
                    java.nio.file.Files.write(file, all);
                    System.out.println("[bad-input] all " + all.size() + " failures: " + file);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static String clip(String text) {
            String flat = text.replaceAll("\\p{Cntrl}", "?");
            return flat.length() <= 2000 ? flat : flat.substring(0, 2000) + "...(" + flat.length() + " chars)";
        }
    }

    private static Fixtures fixtures() {
        String side = createParty(unique("fz-side"), null);
        String source = createSource(unique("fz-source"), "media", side);
        String other = createSource(unique("fz-other"), "ngo", null);
        String claim = createClaim(claim(source, side, 1));
        String linkFrom = createClaim(claim(source, side, 2));
        String linkTo = createClaim(claim(source, side, 3));
        String link = editor().body(Map.of("target", linkTo, "type", "corroborates"))
                .post("/api/v1/claims/" + linkFrom + "/links").then().statusCode(201).extract().path("id");
        String otherSourceClaim = createClaim(claim(other, side, 4));
        String editable = createSource(unique("fz-editable"), "osint", null);
        String tag = unique("pool");
        List<Map<String, Object>> claims = new ArrayList<>();
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Object> c = claim(source, side, 100 + i);
            c.put("key", "fuzz-pool/" + tag + "/" + i);
            claims.add(c);
            pool.add(Claim.idFor("fuzz-pool/" + tag + "/" + i).toString());
        }
        editor().body(Map.of("claims", claims)).post("/api/v1/imports").then().statusCode(201);
        return new Fixtures(Api.newToken(unique("fuzzer"), "editor"), Api.ADMIN_TOKEN, side, source, claim, linkFrom,
                linkTo, link, otherSourceClaim, editable, pool);
    }

    /**
     * Sends each kind of request once as the generators build it before their one defect: all must be
     * accepted, so that the refusals that follow can only be due to the defects.
     */
    private static int sendControls(Http http, Fixtures f) {
        String tag = unique("control").replace("-", "");
        String spareClaim = createClaim(claim(f.source(), f.side(), 5));
        String spareTarget = createClaim(claim(f.source(), f.side(), 6));
        String spareSource = createSource(unique("fz-spare"), "osint", null);
        String spareLink = editor().body(Map.of("target", spareTarget, "type", "contradicts"))
                .post("/api/v1/claims/" + f.linkFrom() + "/links").then().statusCode(201).extract().path("id");
        Map<String, String> row = f.csvRow(tag);
        List<Http.Answer> answers = List.of(
                http.call("POST", "/api/v1/claims").bearer(f.editor()).json(f.claimBody()).send(),
                http.call("POST", "/api/v1/claims").bearer(f.editor()).header("Idempotency-Key", "control-" + tag)
                        .json(f.claimBody()).send(),
                http.call("PUT", "/api/v1/claims/" + spareClaim + "?reason=control").bearer(f.editor())
                        .header("If-Match", "\"1\"").json(f.claimBody()).send(),
                http.call("DELETE", "/api/v1/claims/" + spareClaim + "?reason=control").bearer(f.editor())
                        .header("If-Match", "\"2\"").send(),
                http.call("POST", "/api/v1/claims/" + f.linkFrom() + "/links").bearer(f.editor())
                        .json(Fixtures.linkBody(spareTarget)).send(),
                http.call("DELETE", "/api/v1/claims/" + f.linkFrom() + "/links/" + spareLink + "?reason=control")
                        .bearer(f.editor()).header("If-Match", "\"1\"").send(),
                http.call("POST", "/api/v1/imports").bearer(f.editor()).json(f.batch(tag)).send(),
                http.call("POST", "/api/v1/imports").bearer(f.editor()).body("text/csv",
                        BadImports.csv(row).getBytes(StandardCharsets.UTF_8)).send(),
                http.call("POST", "/api/v1/sources").bearer(f.admin()).json(f.sourceBody("fz-src-" + tag)).send(),
                http.call("PUT", "/api/v1/sources/" + spareSource).bearer(f.admin()).header("If-Match", "\"1\"")
                        .json(f.sourceBody(spareSource)).send(),
                http.call("POST", "/api/v1/parties").bearer(f.admin()).json(f.partyBody("fz-party-" + tag)).send());
        for (Http.Answer answer : answers) {
            assertThat(answer.status()).as("an unmutated control request: %s", answer.text()).isBetween(200, 201);
        }
        return answers.size();
    }
}
