package org.claimledger.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.claimledger.claim.Claim;
import org.claimledger.claim.Equipment;
import org.claimledger.party.Party;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    List<Candidate> load(ComparisonQuery q, Parties parties) {
        @SuppressWarnings("unchecked")
        List<Claim> claims = query(q, parties, "", Claim.class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
        Map<Long, Set<UUID>> supersededBy = supersedes(claims);
        return claims.stream().map(c -> candidate(c, parties, supersededBy.getOrDefault(c.id, Set.of()))).toList();
    }

    /** PostgreSQL's plan for the candidate query of a measure (EXPLAIN as JSON). */
    String plan(ComparisonQuery q, Parties parties) {
        return String.valueOf(query(q, parties, "EXPLAIN (FORMAT JSON) ", null).getSingleResult());
    }

    private jakarta.persistence.Query query(ComparisonQuery q, Parties parties, String prefix, Class<?> entity) {
        Party subject = parties.require(q.subject, "subject");
        if (q.metric == null) {
            throw org.claimledger.common.InvalidInput.of("metric", "is required");
        }
        String sql = prefix + "SELECT c.* FROM " + (q.knownAt == null ? "claim c" : "claims_known_at(:knownAt) c")
                + " WHERE c.status = 'active' AND c.metric = :metric AND c.subject_id = ANY(CAST(:subjects AS bigint[]))"
                + (q.equipment == null ? " AND c.equipment IS NULL" : " AND c.equipment = ANY(CAST(:equipment AS text[]))")
                + (q.asOf == null ? "" : " AND c.stated_on <= :asOf")
                + " ORDER BY c.id";
        var query = entity == null ? em.createNativeQuery(sql) : em.createNativeQuery(sql, entity);
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

    /** Claim id -> ids of the claims linked to it as "supersedes". */
    private Map<Long, Set<UUID>> supersedes(List<Claim> claims) {
        Map<Long, Set<UUID>> result = new HashMap<>();
        if (claims.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT l.to_claim_id, f.public_id FROM claim_link l"
                        + " JOIN claim f ON f.id = l.from_claim_id WHERE l.type = 'supersedes' AND l.status = 'active'"
                        + " AND l.to_claim_id = ANY(CAST(:ids AS bigint[]))")
                .setParameter("ids", claims.stream().map(c -> c.id).toArray(Long[]::new)).getResultList();
        rows.forEach(r -> result.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add((UUID) r[1]));
        return result;
    }

    static Candidate candidate(Claim c, Parties parties, Set<UUID> supersededBy) {
        Party subject = c.subject == null ? null : parties.byId(c.subject.id);
        Party sourceParty = c.source.party == null ? null : parties.byId(c.source.party.id);
        return new Candidate(c.publicId, c.id, c.source.slug, c.source.name, parties.sideOf(sourceParty),
                subject == null ? null : subject.slug, parties.sideOf(subject), List.of(c.alsoCounts), c.population,
                c.equipment, c.object, c.incident, c.periodFrom, c.asOf, c.statedOn, c.low, c.high, c.qualifier,
                c.quantityText, c.stance, supersededBy);
    }
}
