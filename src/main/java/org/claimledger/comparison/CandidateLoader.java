package org.claimledger.comparison;

import org.claimledger.common.Row;
import org.claimledger.party.Parties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.claimledger.claim.Equipment;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.claim.Qualifier;
import org.claimledger.claim.Stance;
import org.claimledger.party.Party;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the claims that bear on a measure: same metric, about the subject or a party it includes or
 * is part of, with the equipment type or a broader or narrower one, whatever their incident or object
 * (a figure for one incident is shown beside the totals, as not comparable, with the reason).
 * Retracted claims are left out; knownAt reads the database as it was then.
 */
@ApplicationScoped
class CandidateLoader {
    private final EntityManager em;

    CandidateLoader(EntityManager em) {
        this.em = em;
    }

    /**
     * What the candidate query of a question reads, and all it reads by: questions with equal Reads get
     * the same candidates (the population, object, incident and period of a measure are weighed later).
     */
    record Reads(String subject, Metric metric, Equipment equipment, LocalDate asOf, OffsetDateTime knownAt) {
        static Reads of(ComparisonQuery q) {
            return new Reads(q.subject, q.metric, q.equipment, q.asOf, q.knownAt);
        }
    }

    List<Candidate> load(ComparisonQuery q, Parties parties) {
        return Row.all(query(q, parties, "", Tuple.class)).stream().map(r -> candidate(r, parties)).toList();
    }

    /** PostgreSQL's plan for the candidate query of a measure (EXPLAIN as JSON). */
    String plan(ComparisonQuery q, Parties parties) {
        return String.valueOf(query(q, parties, "EXPLAIN (FORMAT JSON) ", null).getSingleResult());
    }

    /** Only the columns a comparison reads (no citations), with the newer figures linked as superseding each. */
    private jakarta.persistence.Query query(ComparisonQuery q, Parties parties, String prefix, Class<?> rows) {
        Party subject = parties.require(q.subject, "subject");
        if (q.metric == null) {
            throw org.claimledger.common.InvalidInput.of("metric", "is required");
        }
        String sql = prefix + "SELECT c.id, c.public_id, s.slug AS source, s.name AS source_name,"
                + " s.party_id AS source_party, c.subject_id, c.also_counts, c.population, c.equipment, c.object,"
                + " c.incident, c.period_from, c.as_of, c.stated_on, c.qty_low, c.qty_high, c.qualifier, c.qty_text,"
                + " c.stance, (SELECT array_agg(f.public_id) FROM claim_link l JOIN claim f ON f.id = l.from_claim_id"
                + " WHERE l.to_claim_id = c.id AND l.type = 'supersedes' AND l.status = 'active') AS superseded_by"
                + " FROM " + (q.knownAt == null ? "claim c" : "claims_known_at(:knownAt) c")
                + " JOIN source s ON s.id = c.source_id"
                + " WHERE c.status = 'active' AND c.metric = :metric AND c.subject_id = ANY(CAST(:subjects AS bigint[]))"
                + (q.equipment == null ? " AND c.equipment IS NULL" : " AND c.equipment = ANY(CAST(:equipment AS text[]))")
                + (q.asOf == null ? "" : " AND c.stated_on <= :asOf")
                + " ORDER BY c.id";
        var query = rows == null ? em.createNativeQuery(sql) : em.createNativeQuery(sql, rows);
        query.setParameter("metric", q.metric.wire())
                .setParameter("subjects", parties.family(subject).toArray(Long[]::new));
        if (q.knownAt != null) {
            query.setParameter("knownAt", q.knownAt);
        }
        if (q.equipment != null) {
            query.setParameter("equipment", family(q.equipment));
        }
        if (q.asOf != null) {
            query.setParameter("asOf", q.asOf);
        }
        return query;
    }
    private static String[] family(Equipment equipment) {
        return Arrays.stream(Equipment.values())
                .filter(e -> e.isWithin(equipment) || equipment.isWithin(e))
                .map(Equipment::wire).toArray(String[]::new);
    }

    private static Candidate candidate(Row r, Parties parties) {
        Party subject = parties.byId(r.number("subject_id"));
        Party sourceParty = parties.byId(r.number("source_party"));
        UUID[] newer = r.uuids("superseded_by");
        return new Candidate(r.uuid("public_id"), r.number("id"), r.string("source"), r.string("source_name"),
                parties.sideOf(sourceParty), subject == null ? null : subject.slug, parties.sideOf(subject),
                List.of(r.strings("also_counts")), r.word(Population.class, "population"),
                r.word(Equipment.class, "equipment"), r.string("object"), r.string("incident"), r.date("period_from"),
                r.date("as_of"), r.date("stated_on"), r.number("qty_low"), r.number("qty_high"),
                r.word(Qualifier.class, "qualifier"), r.string("qty_text"), r.word(Stance.class, "stance"),
                newer == null ? Set.of() : Set.of(newer));
    }
}
