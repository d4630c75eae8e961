package org.claimledger.ingest;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.claimledger.claim.Claim;
import org.claimledger.common.Row;
import org.claimledger.link.LinkRules;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The links of an import, in chunks: claim keys resolved against the database (where the batch's own
 * claims already are), the link rules ({@link LinkRules}) checked, existing links left alone, new ones written with COPY.
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
        Map<String, LinkRules.End> claims = claimsByKey();
        Set<String> existing = existingLinks(claims);
        List<List<Object>> rows = new ArrayList<>();
        chunk.forEach((index, link) -> {
            String prefix = "links[" + index + "]";
            LinkRules.End from = claims.get(link.from());
            LinkRules.End to = claims.get(link.to());
            if (from == null && !inBatch.test(link.from())) {
                errors.add(prefix + ".from", "no claim has the key '" + link.from() + "'");
            }
            if (to == null && !inBatch.test(link.to())) {
                errors.add(prefix + ".to", "no claim has the key '" + link.to() + "'");
            }
            if (from == null || to == null) {
                return;
            }
            Optional<LinkRules.Broken> broken = LinkRules.check(from, to, link.type());
            String identity = LinkRules.identity(from.claim(), to.claim(), link.type());
            if (broken.isPresent()) {
                errors.add(prefix + (broken.get().part == LinkRules.Part.TARGET ? ".to" : ".type"), broken.get().message);
            } else if (!seen.add(identity)) {
                errors.add(prefix, "this link appears more than once in this import");
            } else if (existing.contains(identity)) {
                tally.unchanged++;
            } else {
                tally.created++;
                rows.add(Arrays.asList(UUID.randomUUID(), from.claim(), to.claim(), link.type().wire(), link.note(),
                        actor, actor, reason));
            }
        });
        chunk.clear();
        if (writing && !errors.any() && !rows.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> CopyWriter.copy(connection, "claim_link", COLUMNS, rows));
        }
    }

    /** The claims this chunk names, by key: each one's row id and source. */
    private Map<String, LinkRules.End> claimsByKey() {
        Set<String> keys = new HashSet<>();
        chunk.values().forEach(l -> {
            keys.add(l.from());
            keys.add(l.to());
        });
        UUID[] ids = keys.stream().map(Claim::uuidKey).flatMap(Optional::stream).toArray(UUID[]::new);
        Map<String, LinkRules.End> found = new HashMap<>();
        Row.all(em.createNativeQuery("SELECT external_key, public_id, id, source_id FROM claim"
                        + " WHERE external_key = ANY(CAST(:keys AS text[])) OR public_id = ANY(CAST(:ids AS uuid[]))",
                        Tuple.class).setParameter("keys", keys.toArray(String[]::new)).setParameter("ids", ids))
                .forEach(r -> found.put(Claim.exportKey(r.string("external_key"), r.uuid("public_id")),
                        new LinkRules.End(r.number("id"), r.number("source_id"))));
        return found;
    }

    private Set<String> existingLinks(Map<String, LinkRules.End> claims) {
        Set<String> existing = new HashSet<>();
        if (claims.isEmpty()) {
            return existing;
        }
        Long[] ids = claims.values().stream().map(LinkRules.End::claim).distinct().toArray(Long[]::new);
        Row.all(em.createNativeQuery("SELECT from_claim_id, to_claim_id, type FROM claim_link"
                        + " WHERE from_claim_id = ANY(CAST(:ids AS bigint[])) OR to_claim_id = ANY(CAST(:ids AS bigint[]))",
                        Tuple.class).setParameter("ids", ids))
                .forEach(r -> existing.add(LinkRules.identity(r.number("from_claim_id"), r.number("to_claim_id"),
                        r.word(LinkType.class, "type"))));
        return existing;
    }
}
