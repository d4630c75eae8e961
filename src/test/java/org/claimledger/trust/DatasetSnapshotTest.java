package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.support.Api;
import org.claimledger.support.Http;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.unique;

/**
 * A dataset export is the database at one instant, however long it takes: while an editor keeps
 * changing two claims together (one import, one transaction), the first and the last of 1,200 claims,
 * which the export reads more than a page apart, every export shows both with the same figure.
 */
@QuarkusTest
class DatasetSnapshotTest {
    private static final int CLAIMS = 1_200;
    private static final int EXPORTS = 8;

    @TestHTTPResource("/")
    URL base;

    @Test
    void anExportTakenDuringEditsShowsOneMomentOfTheDatabase() throws Exception {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("desk"), "media", side);
        String editor = Api.newToken(unique("snapshot-editor"), "editor");
        String tag = unique("snap");
        String first = tag + "/0";
        String last = tag + "/" + (CLAIMS - 1);
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(keyed(claim(source, side, 0), tag + "/" + i));
        }
        Http http = new Http(base.toURI());
        assertThat(http.call("POST", "/api/v1/imports").bearer(editor).json(Map.of("claims", claims)).send().status())
                .isEqualTo(201);

        AtomicBoolean editing = new AtomicBoolean(true);
        AtomicInteger edits = new AtomicInteger();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> edited = writer.submit(() -> {
            for (int k = 1; editing.get(); k++) {
                Http.Answer answer = http.call("POST", "/api/v1/imports").bearer(editor).json(Map.of("claims",
                        List.of(keyed(claim(source, side, k), first), keyed(claim(source, side, k), last)))).send();
                assertThat(answer.status()).as(answer.text()).isEqualTo(201);
                edits.incrementAndGet();
            }
            return null;
        });
        List<String> torn = new ArrayList<>();
        long[] figures = new long[EXPORTS];
        try {
            for (int e = 0; e < EXPORTS; e++) {
                Http.Answer export = http.call("GET", "/api/v1/dataset").send();
                assertThat(export.status()).isEqualTo(200);
                long a = low(export.json(), first);
                long b = low(export.json(), last);
                figures[e] = a;
                if (a != b) {
                    torn.add("export " + e + " shows " + a + " for the first claim and " + b + " for the last");
                }
            }
        } finally {
            editing.set(false);
            edited.get(60, TimeUnit.SECONDS);
            writer.shutdownNow();
        }
        System.out.printf("[dataset-snapshot] %d exports of %d+ claims while %d two-claim edits committed: figures seen %s;"
                + " torn exports %d%n", EXPORTS, CLAIMS, edits.get(), java.util.Arrays.toString(figures), torn.size());
        assertThat(edits.get()).as("edits ran during the exports").isGreaterThan(EXPORTS);
        assertThat(torn).isEmpty();
    }

    private static long low(JsonNode dataset, String key) {
        for (JsonNode claim : dataset.path("claims")) {
            if (key.equals(claim.path("key").asText())) {
                return claim.path("quantity").path("low").asLong();
            }
        }
        throw new AssertionError("the export lacks " + key);
    }

    private static Map<String, Object> keyed(Map<String, Object> claim, String key) {
        claim.put("key", key);
        return claim;
    }
}
