package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.support.Api;
import org.claimledger.support.Db;
import org.claimledger.support.Http;
import org.claimledger.support.Problems;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.unique;

/**
 * A client that did not hear back retries its POST with the same Idempotency-Key: however often, and
 * however many retries overlap, one record is stored and every answer is the first one's. Reusing the
 * key for another body is refused with 422.
 */
@QuarkusTest
class IdempotencyTest {
    private static final int REPLAYS = 50;
    private static final int THREADS = 10;

    @TestHTTPResource("/")
    URL base;

    @Test
    void fiftyOverlappingRetriesOfAClaimPostStoreOneClaim() throws Exception {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("wire"), "media", side);
        Map<String, Object> body = claim(source, side, 42);
        String statement = "retried claim " + unique("statement");
        body.put("statement", statement);
        Http http = new Http(base.toURI());
        String token = Api.newToken(unique("retrier"), "editor");
        String key = unique("claim-key");

        List<Http.Answer> answers = concurrently(() -> http.call("POST", "/api/v1/claims").bearer(token)
                .header("Idempotency-Key", key).json(body).send());
        long stored = Db.count("claim WHERE statement = '" + statement + "'");
        body.put("note", "the same key for another claim");
        Http.Answer reused = http.call("POST", "/api/v1/claims").bearer(token).header("Idempotency-Key", key)
                .json(body).send();

        report("POST /api/v1/claims", answers, stored, reused);
        assertOneRecordAndOneAnswer(answers, stored);
        Problems.assertProblem(reused, 422);
        assertThat(Db.count("claim WHERE statement = '" + statement + "'")).isEqualTo(1);
    }

    @Test
    void fiftyOverlappingRetriesOfALinkPostStoreOneLink() throws Exception {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("wire"), "media", side);
        String from = createClaim(claim(source, side, 5));
        String to = createClaim(claim(source, side, 6));
        Http http = new Http(base.toURI());
        String token = Api.newToken(unique("retrier"), "editor");
        String key = unique("link-key");
        String links = "claim_link l JOIN claim c ON c.id = l.from_claim_id WHERE c.public_id = '" + from + "'";

        List<Http.Answer> answers = concurrently(() -> http.call("POST", "/api/v1/claims/" + from + "/links")
                .bearer(token).header("Idempotency-Key", key).json(Map.of("target", to, "type", "corroborates")).send());
        long stored = Db.count(links);
        Http.Answer reused = http.call("POST", "/api/v1/claims/" + from + "/links").bearer(token)
                .header("Idempotency-Key", key).json(Map.of("target", to, "type", "contradicts")).send();

        report("POST /api/v1/claims/{id}/links", answers, stored, reused);
        assertOneRecordAndOneAnswer(answers, stored);
        Problems.assertProblem(reused, 422);
        assertThat(Db.count(links)).isEqualTo(1);
    }

    /** Sends the request {@link #REPLAYS} times from {@link #THREADS} threads released at once. */
    private static List<Http.Answer> concurrently(Supplier<Http.Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Answer>> sent = new ArrayList<>();
        for (int i = 0; i < REPLAYS; i++) {
            sent.add(pool.submit(() -> {
                start.await();
                return request.get();
            }));
        }
        start.countDown();
        List<Http.Answer> answers = new ArrayList<>();
        for (Future<Http.Answer> answer : sent) {
            answers.add(answer.get());
        }
        pool.shutdown();
        return answers;
    }

    private static void assertOneRecordAndOneAnswer(List<Http.Answer> answers, long stored) {
        assertThat(stored).as("records stored").isEqualTo(1);
        assertThat(answers).extracting(Http.Answer::status).containsOnly(201);
        assertThat(answers).extracting(a -> a.json().path("id").asText()).containsOnly(answers.get(0).json()
                .path("id").asText());
        assertThat(answers).extracting(Http.Answer::json).containsOnly(answers.get(0).json());
        assertThat(answers).extracting(a -> a.header("Location")).containsOnly(answers.get(0).header("Location"));
        assertThat(answers).extracting(a -> a.header("ETag")).as("replays carry the original ETag").containsOnly("\"1\"");
        assertThat(answers).filteredOn(a -> a.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(answers).filteredOn(a -> "true".equals(a.header("Idempotent-Replayed"))).hasSize(REPLAYS - 1);
    }

    private static void report(String endpoint, List<Http.Answer> answers, long stored, Http.Answer reused) {
        long created = answers.stream().filter(a -> a.status() == 201).count();
        long ids = answers.stream().map(a -> a.json().path("id").asText()).distinct().count();
        long replayed = answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count();
        JsonNode first = answers.get(0).json();
        System.out.printf("[idempotency] %s: %d requests with one key from %d threads: %d x 201, %d stored, "
                        + "%d distinct id (%s), %d marked Idempotent-Replayed; same key with another body: %d%n",
                endpoint, answers.size(), THREADS, created, stored, ids, first.path("id").asText(), replayed,
                reused.status());
    }
}
