package org.claimledger.trust;

import org.claimledger.support.Api;
import org.claimledger.support.Http;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client of the failover test: creates a claim (POST with an Idempotency-Key), revises it three
 * times (PUT with If-Match), then starts on the next claim, until told to stop. Every write is
 * remembered with what was sent and what came back. After a write that was not acknowledged the
 * client leaves that claim alone (its revision is unknown), as a real client would until it re-reads.
 */
final class ClaimWriter implements Runnable {
    static final String SOURCE = "sohr";
    private static final int EDITS_PER_CLAIM = 3;

    /** One write: claim {@code key} at {@code revision} (1 = the creation) should read {@code low}, {@code statement}. */
    record Write(String key, int revision, long low, String statement, String reason, long startedNanos,
                 long answeredNanos, int status, String problem, String retryAfter) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        boolean creation() {
            return revision == 1;
        }
    }

    private final Http http;
    private final String token;
    private final int id;
    private final AtomicBoolean stop;
    private final Queue<Write> writes;
    private final Map<String, String> ids = new HashMap<>();

    ClaimWriter(Http http, String token, int id, AtomicBoolean stop, Queue<Write> writes) {
        this.http = http;
        this.token = token;
        this.id = id;
        this.stop = stop;
        this.writes = writes;
    }

    @Override
    public void run() {
        for (int claim = 1; !stop.get(); claim++) {
            String key = "failover/w" + id + "-c" + claim;
            if (!write(key, 1, null)) {
                continue;
            }
            for (int revision = 2; revision <= EDITS_PER_CLAIM + 1 && !stop.get(); revision++) {
                if (!write(key, revision, ids.get(key))) {
                    break;
                }
            }
        }
    }

    /** Sends one write; true when it was acknowledged. After a failure, waits a little as a client would. */
    private boolean write(String key, int revision, String claimId) {
        long low = 1000L * id + revision;
        String statement = "failover test: " + key + " revision " + revision;
        Map<String, Object> claim = Api.claim(SOURCE, "syrian-fighters", low);
        claim.put("key", key);
        claim.put("statement", statement);
        String reason = revision == 1 ? null : "edit " + revision + " of " + key;
        Http.Call call = revision == 1
                ? http.call("POST", "/api/v1/claims").header("Idempotency-Key", key)
                : http.call("PUT", "/api/v1/claims/" + claimId + "?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8))
                        .header("If-Match", "\"" + (revision - 1) + "\"");
        long started = System.nanoTime();
        int status;
        String problem = null;
        String retryAfter = null;
        try {
            Http.Answer answer = call.bearer(token).json(claim).sendPolitely();
            status = answer.status();
            retryAfter = answer.header("Retry-After");
            if (status >= 200 && status < 300) {
                ids.put(key, answer.json().path("id").asText());
            } else {
                problem = answer.contentType() + " " + answer.text();
            }
        } catch (UncheckedIOException e) {
            status = 0;
            problem = String.valueOf(e.getCause());
        }
        Write write = new Write(key, revision, low, statement, reason, started, System.nanoTime(), status, problem, retryAfter);
        writes.add(write);
        if (!write.acknowledged()) {
            pause();
        }
        return write.acknowledged();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
