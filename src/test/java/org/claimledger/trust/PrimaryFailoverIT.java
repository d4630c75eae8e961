package org.claimledger.trust;

import org.claimledger.support.Api;
import org.claimledger.support.Http;
import org.claimledger.trust.ClaimWriter.Write;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database server dies under load and no acknowledged write is lost. The cluster of
 * {@code deploy/cluster} (pg_auto_failover: a primary and a synchronous standby; two service instances
 * behind HAProxy) takes claim creations (POST with Idempotency-Key) and conditional edits (PUT with
 * If-Match) from several clients; the primary's keeper, postmaster and backends are SIGKILLed mid-load;
 * the monitor promotes the standby and the instances reconnect to it without a restart. Then every
 * write answered 2xx must be stored as sent, every other one whole or absent, every failed answer a
 * 503 problem+json with Retry-After, and a retry with the same Idempotency-Key must apply a lost
 * creation once. Skipped where the packages are not installed (deploy/cluster install).
 */
class PrimaryFailoverIT {
    private static final String ADMIN = "failover-test-admin-token";
    private static final int CLIENTS = 4;
    private static final int WRITES_BEFORE_KILL = 40;
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(2);
    private static final Duration LOAD_AFTER_RECOVERY = Duration.ofSeconds(5);

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void everyAcknowledgedWriteSurvivesTheLossOfThePrimary() throws Exception {
        String missing = Cluster.missingPackages();
        assumeTrue(missing == null, () -> "the failover test needs PostgreSQL 15, pg_auto_failover and HAProxy: "
                + missing);
        long testStarted = System.nanoTime();
        Path logs = Files.createDirectories(Path.of("target", "failover-it"));
        try (Cluster cluster = new Cluster(logs, ADMIN)) {
            cluster.up();
            double upSeconds = secondsSince(testStarted);
            long datasetLoads = cluster.instanceLogLines("loaded the dataset");
            Http http = new Http(cluster.base());
            String editor = editorToken(http);

            Queue<Write> sent = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int i = 1; i <= CLIENTS; i++) {
                Thread client = new Thread(new ClaimWriter(http, editor, i, stop, sent), "failover-client-" + i);
                client.start();
                clients.add(client);
            }
            await("acknowledged writes before the kill", Duration.ofMinutes(2),
                    () -> sent.stream().filter(Write::acknowledged).count() >= WRITES_BEFORE_KILL);
            int oldPrimary = cluster.primaryPort();
            long killedAt = System.nanoTime();
            List<Long> killed = cluster.killNode(oldPrimary);
            await("a write acknowledged after the kill", RECOVERY_LIMIT,
                    () -> sent.stream().anyMatch(w -> w.acknowledged() && w.startedNanos() > killedAt));
            Thread.sleep(LOAD_AFTER_RECOVERY.toMillis());
            stop.set(true);
            for (Thread client : clients) {
                client.join(Duration.ofMinutes(2).toMillis());
            }
            List<Write> writes = new ArrayList<>(sent);

            int newPrimary = cluster.primaryPort();
            String status = cluster.status();
            List<Integer> instancesAnswering = new ArrayList<>();
            for (int i = 0; i < cluster.instancePorts.size(); i++) {
                if (new Http(cluster.instance(i)).call("GET", "/api/v1/claims?limit=1").sendPolitely().status() == 200) {
                    instancesAnswering.add(cluster.instancePorts.get(i));
                }
            }
            int refusedBefore = http.waitedOut();
            WriteAudit audit = WriteAudit.of(http, writes);
            int auditWaits = http.waitedOut() - refusedBefore;
            Retries retries = Retries.of(http, editor, audit, writes);

            List<Write> failed = writes.stream().filter(w -> !w.acknowledged()).toList();
            long fromService = failed.stream().filter(w -> w.status() == 503 && w.problem().contains("the database cannot")).count();
            long fromProxy = failed.stream().filter(Retries::refusedByProxy).count();
            long connectionErrors = failed.stream().filter(w -> w.status() == 0).count();
            List<Write> otherFailures = failed.stream().filter(w -> !(w.status() == 503 && w.problem().startsWith("application/problem+json")
                    && w.retryAfter() != null) && w.status() != 0).toList();
            long acknowledged = writes.size() - failed.size();
            System.out.printf("[failover] cluster up in %.1f s (pg_auto_failover monitor, 2 PostgreSQL 15 nodes, %d instances, "
                            + "HAProxy); the dataset was loaded by %d instance%n", upSeconds, cluster.instancePorts.size(), datasetLoads);
            System.out.printf("[failover] SIGKILLed the primary 127.0.0.1:%d (keeper %d, postmaster %d and its children) after "
                            + "%d acknowledged writes; the standby 127.0.0.1:%d was promoted%n", oldPrimary, killed.get(0),
                    killed.get(1), writesBefore(writes, killedAt), newPrimary);
            System.out.printf("[failover] %d clients sent %d writes: %d acknowledged (%d creations, %d edits), %d lost; "
                            + "%d unacknowledged: %d found whole, %d absent, %d half-applied%n", CLIENTS, writes.size(),
                    acknowledged, writes.stream().filter(w -> w.acknowledged() && w.creation()).count(),
                    writes.stream().filter(w -> w.acknowledged() && !w.creation()).count(), audit.lost.size(), failed.size(),
                    audit.whole.size(), audit.absent.size(), audit.halfApplied.size());
            System.out.printf("[failover] %.1f s without service (from the kill to the first write acknowledged after it); "
                            + "longest gap between acknowledged writes %.1f s; failed answers: %d 503 from an instance, %d 503 "
                            + "from HAProxy, %d connection errors, %d other%n", (firstAckAfter(writes, killedAt) - killedAt) / 1e9,
                    longestGap(writes) / 1e9, fromService, fromProxy, connectionErrors, otherFailures.size());
            System.out.printf("[failover] audit: every claim read back through HAProxy, %d reads refused with 503 or 429 "
                    + "first and sent again after their Retry-After%n", auditWaits);
            System.out.printf("[failover] unacknowledged writes sent again: %s; the test took %.1f s%n", retries,
                    secondsSince(testStarted));
            System.out.println("[failover] status after the failover:\n" + status);

            assertThat(datasetLoads).as("instances that loaded the bundled dataset into the empty database").isEqualTo(1);
            assertThat(newPrimary).as("the primary after the failover").isNotEqualTo(oldPrimary);
            assertThat(instancesAnswering).as("instances answering after the failover").isEqualTo(cluster.instancePorts);
            assertThat(audit.lost).as("acknowledged writes lost").isEmpty();
            assertThat(audit.halfApplied).as("writes half-applied").isEmpty();
            assertThat(audit.whole.size() + audit.absent.size()).isEqualTo(failed.size());
            assertThat(otherFailures).as("failed answers other than 503 problem+json with Retry-After").isEmpty();
            assertThat(retries.problems).as("retries with the same Idempotency-Key or If-Match").isEmpty();
        }
    }

    private static String editorToken(Http http) {
        Http.Answer created = http.call("POST", "/api/v1/tokens").bearer(ADMIN)
                .json(Map.of("name", "failover-test-editor", "role", "editor")).sendPolitely();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("token").asText();
    }

    private static long writesBefore(List<Write> writes, long moment) {
        return writes.stream().filter(w -> w.acknowledged() && w.answeredNanos() < moment).count();
    }

    private static long firstAckAfter(List<Write> writes, long moment) {
        return writes.stream().filter(w -> w.acknowledged() && w.startedNanos() > moment)
                .mapToLong(Write::answeredNanos).min().orElseThrow();
    }

    private static long longestGap(List<Write> writes) {
        List<Long> answered = writes.stream().filter(Write::acknowledged).map(Write::answeredNanos)
                .sorted(Comparator.naturalOrder()).toList();
        long longest = 0;
        for (int i = 1; i < answered.size(); i++) {
            longest = Math.max(longest, answered.get(i) - answered.get(i - 1));
        }
        return longest;
    }

    private static void await(String what, Duration limit, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + limit);
            }
            Thread.sleep(100);
        }
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    /**
     * A client that got no answer sends the write again: a creation with the same Idempotency-Key gets
     * the stored answer when it had been applied and is applied now when it had not; an edit with the
     * same If-Match is refused with 412 when it had been applied, and applied now when it had not.
     */
    record Retries(int replayed, int createdNow, int refusedAsApplied, int editedNow, List<String> problems) {
        static Retries of(Http http, String editor, WriteAudit audit, List<Write> writes) {
            int replayed = 0, created = 0, refused = 0, edited = 0;
            List<String> problems = new ArrayList<>();
            for (Write w : worthRetrying(writes)) {
                boolean wasApplied = audit.whole.contains(w);
                Map<String, Object> claim = Api.claim(ClaimWriter.SOURCE, "syrian-fighters", w.low());
                claim.put("key", w.key());
                claim.put("statement", w.statement());
                Http.Answer again = w.creation()
                        ? http.call("POST", "/api/v1/claims").header("Idempotency-Key", w.key()).bearer(editor).json(claim).sendPolitely()
                        : http.call("PUT", "/api/v1/claims/" + audit.ids.get(w.key()) + "?reason=retry")
                                .header("If-Match", "\"" + (w.revision() - 1) + "\"").bearer(editor).json(claim).sendPolitely();
                boolean replay = "true".equals(again.header("Idempotent-Replayed"));
                if (w.creation() && again.status() == 201 && replay == wasApplied) {
                    if (replay) { replayed++; } else { created++; }
                } else if (!w.creation() && wasApplied && again.status() == 412) {
                    refused++;
                } else if (!w.creation() && !wasApplied && again.status() == 200) {
                    edited++;
                } else {
                    problems.add(w.key() + " revision " + w.revision() + " (" + (wasApplied ? "whole" : "absent")
                            + ") sent again: " + again.status() + " replayed=" + replay + " " + again.text());
                }
            }
            return new Retries(replayed, created, refused, edited, problems);
        }

        /**
         * Every write an instance may have been serving (it answered 503, or the connection broke); of those
         * HAProxy refused with no instance ready, which certainly reached none, the first ten.
         */
        private static List<Write> worthRetrying(List<Write> writes) {
            List<Write> failed = writes.stream().filter(w -> !w.acknowledged()).toList();
            List<Write> retry = new ArrayList<>(failed.stream().filter(w -> !refusedByProxy(w)).toList());
            retry.addAll(failed.stream().filter(Retries::refusedByProxy).limit(10).toList());
            return retry;
        }

        static boolean refusedByProxy(Write w) {
            return w.status() == 503 && w.problem().contains("no instance can");
        }

        @Override
        public String toString() {
            return String.format("%d (all that reached an instance, 10 that HAProxy refused): creations %d replayed "
                    + "(had been applied), %d applied now; edits %d refused with 412 "
                    + "(had been applied), %d applied now; %d unexpected", replayed + createdNow + refusedAsApplied + editedNow
                    + problems.size(), replayed, createdNow, refusedAsApplied, editedNow,
                    problems.size());
        }
    }
}
