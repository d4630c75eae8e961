package org.claimledger.ingest;

import jakarta.persistence.EntityManager;
import org.claimledger.link.LinkType;
import org.claimledger.common.CopyWriter;
import org.hibernate.Session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The links of an import, in chunks: claim keys resolved against the database (where the batch's own
 * claims already are), the link rules checked, existing links left alone, new ones written with COPY.
 */
final class LinkImport {
    private static final int CHUNK = 5_000;
    private static final String COLUMNS = "public_id, from_claim_id, to_claim_id, type, note, created_by, recorded_by,"
            + " revision_reason";

    private final EntityManager em;
    private final ImportErrors errors;
    private final String actor;
    private final String reason;
    private final Tally tally = new Tally();
    private final Map<Integer, ImportBatch.Link> chunk = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();

    private final java.util.function.Predicate<String> inBatch;

    /** {@code inBatch} tells the keys of this batch's claims, which are not written once an error is found. */
    LinkImport(EntityManager em, ImportErrors errors, String actor, String reason,
               java.util.function.Predicate<String> inBatch) {
        this.em = em;
        this.inBatch = inBatch;
        this.errors = errors;
        this.actor = actor;
        this.reason = reason;
    }

    void add(int index, ImportBatch.Link link, boolean writing) {
        chunk.put(index, link);
        if (chunk.size() >= CHUNK) {
            flush(writing);
        }
    }

    Tally tally() {
        return tally;
    }

    void flush(boolean writing) {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, long[]> claims = claimsByKey();
        Set<String> existing = existingLinks(claims);
        List<List<Object>> rows = new ArrayList<>();
        chunk.forEach((index, link) -> {
            String prefix = "links[" + index + "]";
            long[] from = claims.get(link.from());
            long[] to = claims.get(link.to());
            if (from == null && !inBatch.test(link.from())) {
                errors.add(prefix + ".from", "no claim has the key '" + link.from() + "'");
            }
            if (to == null && !inBatch.test(link.to())) {
                errors.add(prefix + ".to", "no claim has the key '" + link.to() + "'");
            }
            if (from == null || to == null) {
                return;
            }
            if (from[0] == to[0]) {
                errors.add(prefix + ".to", "a claim cannot be linked to itself");
            } else if (link.type() == LinkType.SUPERSEDES && from[1] != to[1]) {
                errors.add(prefix + ".type", "supersedes links a newer figure to an older one of the same source");
            } else if (!seen.add(signature(from[0], to[0], link.type()))) {
                errors.add(prefix, "this link appears more than once in this import");
            } else if (existing.contains(signature(from[0], to[0], link.type()))) {
                tally.unchanged++;
            } else {
                tally.created++;
                rows.add(Arrays.asList(UUID.randomUUID(), from[0], to[0], link.type().wire(), link.note(), actor,
                        actor, reason));
            }
        });
        chunk.clear();
        if (writing && !errors.any() && !rows.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> CopyWriter.copy(connection, "claim_link", COLUMNS, rows));
        }
    }

    /** "A contradicts B" is also "B contradicts A": both directions share one signature. */
    private static String signature(long from, long to, LinkType type) {
        return type == LinkType.CONTRADICTS
                ? Math.min(from, to) + ":" + Math.max(from, to) + ":" + type.wire()
                : from + ":" + to + ":" + type.wire();
    }

    /** key -> {claim id, source id}. */
    private Map<String, long[]> claimsByKey() {
        Set<String> keys = new HashSet<>();
        chunk.values().forEach(l -> {
            keys.add(l.from());
            keys.add(l.to());
        });
        Map<String, long[]> found = new HashMap<>();
        java.util.UUID[] ids = keys.stream().map(org.claimledger.claim.Claim::uuidKey)
                .flatMap(java.util.Optional::stream).toArray(java.util.UUID[]::new);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT external_key, public_id, id, source_id FROM claim"
                        + " WHERE external_key = ANY(CAST(:keys AS text[])) OR public_id = ANY(CAST(:ids AS uuid[]))")
                .setParameter("keys", keys.toArray(String[]::new)).setParameter("ids", ids).getResultList();
        rows.forEach(r -> found.put(org.claimledger.claim.Claim.exportKey((String) r[0], r[1]),
                new long[] {((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
        return found;
    }

    private Set<String> existingLinks(Map<String, long[]> claims) {
        Set<String> existing = new HashSet<>();
        if (claims.isEmpty()) {
            return existing;
        }
        Long[] ids = claims.values().stream().map(v -> v[0]).distinct().toArray(Long[]::new);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT from_claim_id, to_claim_id, type FROM claim_link"
                        + " WHERE from_claim_id = ANY(CAST(:ids AS bigint[])) OR to_claim_id = ANY(CAST(:ids AS bigint[]))")
                .setParameter("ids", ids).getResultList();
        rows.forEach(r -> existing.add(signature(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                org.claimledger.common.SqlValues.word(LinkType.class, r[2]))));
        return existing;
    }
}
