package org.claimledger.trust;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.claim.Claim;
import org.claimledger.support.Api;
import org.claimledger.support.Gen;
import org.claimledger.support.Http;
import org.claimledger.support.Problems;
import org.claimledger.support.Seeds;
import org.claimledger.support.Stored;

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
 * <p>The requests are drawn from the generators of this package ({@link Gen}s) with one seeded
 * {@link Random}, so a run can be replayed: {@code -Dclaimledger.seed=N} (the seed is printed with the
 * figures and named in every failure). Nothing is shrunk; every failure is reported with the endpoint
 * and the defect it was sent for, which is what one needs to reproduce it (all of them in
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

    @TestHTTPResource("/")
    URL base;

    @Seeds(1)
    void noMalformedOrHostileRequestIsAcceptedCrashesTheServiceOrStoresAnything(long seed) throws Exception {
        Fixtures f = fixtures();
        Http http = new Http(base.toURI());
        int controls = sendControls(http, f);
        Stored before = Stored.now();
        Tally tally = new Tally();

        Gen<BadRequest> requests = generator(f);
        Random random = new Random(seed);
        for (int i = 0; i < REQUESTS; i++) {
            BadRequest request = requests.next(random);
            tally.record(request, send(http, request));
        }

        Map<String, String> stored = Stored.now().changesSince(before);
        tally.report(seed, controls, stored);
        String replay = " (seed " + seed + "; replay with -D" + Seeds.PROPERTY + "=" + seed + ")";
        assertThat(tally.sent).isEqualTo(REQUESTS);
        assertThat(tally.accepted).as("malformed requests accepted" + replay).isEmpty();
        assertThat(tally.crashed).as("5xx answers" + replay).isEmpty();
        assertThat(tally.notProblems).as("answers that are not problem+json" + replay).isEmpty();
        assertThat(tally.otherRefusals).as("refused, but with another status than intended" + replay).isEmpty();
        assertThat(stored).as("rows stored by refused requests" + replay).isEmpty();
        assertThat(Api.anonymous().get("/api/v1/claims/" + f.claim()).header("ETag")).isEqualTo("\"1\"");
        assertThat(Api.anonymous().get("/api/v1/sources/" + f.editableSource()).header("ETag")).isEqualTo("\"1\"");
    }

    private static Gen<BadRequest> generator(Fixtures f) {
        return Gen.frequency(
                Gen.weighted(20, BadWrites.claimPosts(f)),
                Gen.weighted(10, BadWrites.claimPuts(f)),
                Gen.weighted(4, BadWrites.claimDeletes(f)),
                Gen.weighted(9, BadWrites.linkPosts(f)),
                Gen.weighted(2, BadWrites.linkDeletes(f)),
                Gen.weighted(10, BadImports.json(f)),
                Gen.weighted(7, BadImports.csv(f)),
                Gen.weighted(6, BadAdminWrites.sourcePosts(f)),
                Gen.weighted(4, BadAdminWrites.sourcePuts(f)),
                Gen.weighted(4, BadAdminWrites.partyPosts(f)),
                Gen.weighted(12, BadReads.reads(f)),
                Gen.weighted(6, BadWrites.badHeaders(f)),
                Gen.weighted(1, BadWrites.oversized(f)));
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

        void report(long seed, int controls, Map<String, String> stored) {
            System.out.printf("[bad-input] seed %d: %d unmutated controls accepted, then %d malformed or hostile "
                            + "requests: %d accepted, %d x 5xx, %d answers not problem+json, %d refused with another "
                            + "status than intended, rows stored: %s; by status %s%n", seed, controls, sent,
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
