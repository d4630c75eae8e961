package org.claimledger.trust;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimledger.support.Http;
import org.claimledger.trust.ClaimWriter.Write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads back, through the API, every claim the writers touched and classifies each write: an
 * acknowledged one must be there exactly as sent (else it is lost); an unacknowledged one must be
 * there whole (the claim's revision equals what was sent, and its history has it) or not at all.
 * Anything in between, or a revision nobody sent, is "half-applied".
 */
final class WriteAudit {
    final List<String> lost = new ArrayList<>();
    final List<Write> whole = new ArrayList<>();
    final List<Write> absent = new ArrayList<>();
    final List<String> halfApplied = new ArrayList<>();
    final Map<String, String> ids = new HashMap<>();
    private final Http http;

    private WriteAudit(Http http) {
        this.http = http;
    }

    static WriteAudit of(Http http, List<Write> writes) {
        WriteAudit audit = new WriteAudit(http);
        Map<String, Integer> stored = audit.storedRevisions();
        writes.stream().collect(Collectors.groupingBy(Write::key)).forEach((key, ofClaim) -> {
            ofClaim.sort(Comparator.comparingInt(Write::revision));
            audit.check(key, ofClaim, stored.get(key));
        });
        return audit;
    }

    /** Every claim of the writers' source with a failover/ key, and its current revision. */
    private Map<String, Integer> storedRevisions() {
        Map<String, Integer> revisions = new HashMap<>();
        String cursor = null;
        do {
            JsonNode page = get("/api/v1/claims?source=" + ClaimWriter.SOURCE + "&limit=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode claim : page.path("items")) {
                if (claim.path("key").asText().startsWith("failover/")) {
                    revisions.put(claim.path("key").asText(), claim.path("revision").asInt());
                    ids.put(claim.path("key").asText(), claim.path("id").asText());
                }
            }
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        return revisions;
    }

    private void check(String key, List<Write> writes, Integer current) {
        int acknowledged = writes.stream().filter(Write::acknowledged).mapToInt(Write::revision).max().orElse(0);
        if (current == null) {
            writes.stream().filter(Write::acknowledged).forEach(w -> lost.add(key + " revision " + w.revision() + ": no such claim"));
            writes.stream().filter(w -> !w.acknowledged()).forEach(absent::add);
            return;
        }
        String id = ids.get(key);
        for (Write write : writes) {
            boolean there = write.revision() <= current && matches(id, write);
            if (write.acknowledged() && !there) {
                lost.add(key + " revision " + write.revision() + ": not stored as sent");
            } else if (!write.acknowledged() && there) {
                whole.add(write);
            } else if (!write.acknowledged() && write.revision() > current) {
                absent.add(write);
            } else if (!write.acknowledged()) {
                halfApplied.add(key + " revision " + write.revision() + ": stored, but not as sent");
            }
        }
        int expected = acknowledged + (int) writes.stream().filter(w -> !w.acknowledged() && whole.contains(w)).count();
        if (current != expected) {
            halfApplied.add(key + ": at revision " + current + ", but " + expected + " writes of it are stored");
        }
        checkHistory(key, id, current, writes);
    }

    /** The revision history holds every stored revision once, each the child of the one before, with its reason. */
    private void checkHistory(String key, String id, int current, List<Write> writes) {
        JsonNode history = http.items("/api/v1/claims/" + id + "/revisions");
        if (history.size() != current) {
            halfApplied.add(key + ": " + history.size() + " revisions in the history, the claim is at " + current);
            return;
        }
        for (int i = 0; i < current; i++) {
            JsonNode revision = history.get(i);
            int number = i + 1;
            Write sent = writes.stream().filter(w -> w.revision() == number).findFirst().orElse(null);
            boolean linked = revision.path("revision").asInt() == number
                    && (number == 1 ? revision.path("parent").isNull() : revision.path("parent").asInt() == number - 1);
            boolean reason = number == 1 || (sent != null && sent.reason().equals(revision.path("reason").asText()));
            if (!linked || !reason) {
                halfApplied.add(key + ": revision " + number + " of the history is not the one sent: " + revision);
            }
        }
    }

    private boolean matches(String id, Write write) {
        JsonNode stored = get("/api/v1/claims/" + id + "?revision=" + write.revision());
        return stored.path("revision").asInt() == write.revision()
                && stored.path("quantity").path("low").asLong() == write.low()
                && stored.path("statement").asText().equals(write.statement());
    }

    private JsonNode get(String path) {
        Http.Answer answer = http.call("GET", path).sendPolitely();
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + ": " + answer.text());
        }
        return answer.json();
    }
}
