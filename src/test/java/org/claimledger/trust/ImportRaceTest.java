package org.claimledger.trust;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.claim.Claim;
import org.claimledger.support.Api;
import org.claimledger.support.Db;
import org.claimledger.support.Http;
import org.claimledger.support.Problems;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.unique;

/**
 * An import and an edit (PUT) of the same claim at the same moment: the import locks the stored claims
 * it updates, so one waits for the other. The PUT then either applies (200) or finds its If-Match stale
 * (412); the import applies (201). Never a 5xx, and every accepted write is a revision of its own.
 */
@QuarkusTest
class ImportRaceTest {
    private static final int ROUNDS = 20;

    @TestHTTPResource("/")
    URL base;

    @Test
    void anImportRacingAnEditOfTheSameClaimNeverAnswers5xxAndLosesNothing() throws Exception {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("desk"), "media", side);
        String editor = Api.newToken(unique("racer"), "editor");
        Http http = new Http(base.toURI());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> unexpected = new ArrayList<>();
        int putsApplied = 0;
        int putsStale = 0;
        int importsApplied = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String key = unique("race/claim");
                Map<String, Object> stored = keyed(claim(source, side, 10), key);
                Http.Answer created = http.call("POST", "/api/v1/imports").bearer(editor)
                        .json(Map.of("claims", List.of(stored))).send();
                assertThat(created.status()).as(created.text()).isEqualTo(201);
                String id = Claim.idFor(key).toString();

                CyclicBarrier together = new CyclicBarrier(2);
                Future<Http.Answer> put = pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return http.call("PUT", "/api/v1/claims/" + id + "?reason=race").bearer(editor)
                            .header("If-Match", "\"1\"").json(keyed(claim(source, side, 20), key)).send();
                });
                Future<Http.Answer> imported = pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return http.call("POST", "/api/v1/imports").bearer(editor)
                            .json(Map.of("claims", List.of(keyed(claim(source, side, 30), key)))).send();
                });
                Http.Answer p = put.get(60, TimeUnit.SECONDS);
                Http.Answer i = imported.get(60, TimeUnit.SECONDS);
                if (p.status() == 200) {
                    putsApplied++;
                } else if (p.status() == 412) {
                    putsStale++;
                    Problems.assertProblem(p, 412);
                } else {
                    unexpected.add("round " + round + ": PUT answered " + p.status() + " " + p.text());
                }
                if (i.status() == 201 && i.json().path("claims").path("updated").asInt() == 1) {
                    importsApplied++;
                } else {
                    unexpected.add("round " + round + ": import answered " + i.status() + " " + i.text());
                }
                long revisions = Db.count("revision r JOIN claim c ON c.id = r.entity_id AND r.entity = 'claim'"
                        + " WHERE c.public_id = '" + id + "'");
                long current = Db.count("claim WHERE public_id = '" + id + "' AND revision = "
                        + (1 + (p.status() == 200 ? 1 : 0) + (i.status() == 201 ? 1 : 0)));
                if (current != 1 || revisions != (p.status() == 200 ? 1 : 0) + (i.status() == 201 ? 1 : 0)) {
                    unexpected.add("round " + round + ": " + revisions + " earlier revisions kept, current at the "
                            + "expected revision: " + (current == 1));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("[import-race] %d rounds of an import and a PUT of the same claim at once: imports applied %d,"
                        + " PUTs applied %d, PUTs refused as stale (412) %d, other answers %d%n",
                ROUNDS, importsApplied, putsApplied, putsStale, unexpected.size());
        assertThat(unexpected).isEmpty();
        assertThat(putsApplied + putsStale).isEqualTo(ROUNDS);
    }

    private static Map<String, Object> keyed(Map<String, Object> claim, String key) {
        claim.put("key", key);
        return claim;
    }
}
