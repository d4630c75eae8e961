package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.support.Api;
import org.claimledger.support.Http;
import org.claimledger.support.Problems;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/**
 * Two researchers saving the same claim at once must not lose an edit: every PUT names the revision it
 * was based on (If-Match), a stale one is refused with 412, and the writer fetches again and reapplies.
 * Eight writers make fifty edits each on one claim; every accepted edit must be a revision of its own.
 */
@QuarkusTest
class LostUpdateTest {
    private static final int WRITERS = 8;
    private static final int EDITS = 50;

    @TestHTTPResource("/")
    URL base;

    /** An accepted edit: who made it, which of their edits it was, and the revision it became. */
    private record Accepted(String label, String writer, int revision) {
    }

    /** What one writer saw: its accepted edits, how many of its writes were refused, and anything unexpected. */
    private record Log(List<Accepted> accepted, int refused, List<String> unexpected) {
    }

    @Test
    void concurrentConditionalEditsAreNeitherLostNorDoubled() throws Exception {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("desk"), "media", side);
        String id = createClaim(claim(source, side, 0));
        Http http = new Http(base.toURI());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Log>> writers = new ArrayList<>();
        for (int w = 1; w <= WRITERS; w++) {
            String name = unique("writer-" + w);
            writers.add(pool.submit(writer(http, id, source, side, w, name, Api.newToken(name, "editor"), start)));
        }
        long began = System.nanoTime();
        start.countDown();
        List<Log> logs = new ArrayList<>();
        for (Future<Log> writer : writers) {
            logs.add(writer.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;

        List<Accepted> accepted = logs.stream().flatMap(l -> l.accepted().stream())
                .sorted(Comparator.comparingInt(Accepted::revision)).toList();
        int refused = logs.stream().mapToInt(Log::refused).sum();
        List<String> unexpected = logs.stream().flatMap(l -> l.unexpected().stream()).toList();
        JsonNode revisions = http.items("/api/v1/claims/" + id + "/revisions");
        List<String> lost = lost(http, id, accepted, revisions);
        Accepted last = accepted.get(accepted.size() - 1);
        JsonNode current = http.call("GET", "/api/v1/claims/" + id).send().json();

        System.out.printf("[lost-updates] %d writers x %d edits: %d accepted, %d refused with 412, %d revisions "
                        + "(1 created + %d edits), %d lost, %d unexpected answers, in %.1f s%n", WRITERS, EDITS,
                accepted.size(), refused, revisions.size(), revisions.size() - 1, lost.size(), unexpected.size(),
                seconds);
        assertThat(unexpected).as("answers other than 200 or a 412 problem").isEmpty();
        assertThat(accepted).hasSize(WRITERS * EDITS);
        assertThat(accepted.size()).isEqualTo(revisions.size() - 1);
        assertThat(accepted).extracting(Accepted::revision)
                .containsExactlyElementsOf(IntStream.rangeClosed(2, accepted.size() + 1).boxed().toList());
        assertThat(lost).isEmpty();
        assertThat(current.path("revision").asInt()).isEqualTo(last.revision());
        assertThat(current.path("note").asText()).isEqualTo(last.label());
    }

    @Test
    void aConditionalWriteWithoutIfMatchIsRefusedWith428() {
        String side = createParty(unique("side"), null);
        String source = createSource(unique("desk"), "media", side);
        String id = createClaim(claim(source, side, 5));

        Problems.assertProblem(editor().body(claim(source, side, 6)).put("/api/v1/claims/" + id), 428);
        Problems.assertProblem(editor().queryParam("reason", "wrong").delete("/api/v1/claims/" + id), 428);
        Problems.assertProblem(editor().header("If-Match", "\"7\"").body(claim(source, side, 6))
                .put("/api/v1/claims/" + id), 412);
        anonymous().get("/api/v1/claims/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    /** Fifty edits, each fetched, changed and saved with If-Match, fetched again after every 412. */
    private static Callable<Log> writer(Http http, String id, String source, String side, int w, String name,
                                        String token, CountDownLatch start) {
        return () -> {
            List<Accepted> accepted = new ArrayList<>();
            List<String> unexpected = new ArrayList<>();
            int refused = 0;
            start.await();
            for (int edit = 1; edit <= EDITS && unexpected.isEmpty(); edit++) {
                String label = "writer " + w + " edit " + edit;
                Map<String, Object> body = claim(source, side, w * 1000L + edit);
                body.put("note", label);
                while (true) {
                    String etag = http.call("GET", "/api/v1/claims/" + id).send().header("ETag");
                    Http.Answer put = http.call("PUT", "/api/v1/claims/" + id + "?reason=" + label.replace(' ', '+'))
                            .bearer(token).header("If-Match", etag).json(body).send();
                    if (put.status() == 200) {
                        accepted.add(new Accepted(label, name, put.json().path("revision").asInt()));
                        break;
                    }
                    List<String> defects = Problems.defects(put.status(), put.contentType(), put.body());
                    if (put.status() != 412 || !defects.isEmpty()) {
                        unexpected.add(put.status() + " " + defects + " " + put.text());
                        break;
                    }
                    refused++;
                }
            }
            return new Log(accepted, refused, Collections.unmodifiableList(unexpected));
        };
    }

    /**
     * The accepted edits the history does not show as they were made: each must be the revision its PUT
     * answered with, recorded by its writer for its reason, and hold its note when read back.
     */
    private static List<String> lost(Http http, String id, List<Accepted> accepted, JsonNode revisions) {
        List<String> lost = new ArrayList<>();
        for (Accepted edit : accepted) {
            JsonNode revision = revisions.get(edit.revision() - 1);
            JsonNode old = http.call("GET", "/api/v1/claims/" + id + "?revision=" + edit.revision()).send().json();
            if (revision == null || revision.path("revision").asInt() != edit.revision()
                    || !edit.label().equals(revision.path("reason").asText())
                    || !edit.writer().equals(revision.path("recordedBy").asText())
                    || !edit.label().equals(old.path("note").asText())) {
                lost.add(edit + " shows as " + revision + " with note " + old.path("note"));
            }
        }
        return lost;
    }
}
