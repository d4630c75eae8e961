package org.claimledger.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.claimledger.common.References;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the SQL of a claim list: the filters as index-friendly predicates, keyset pagination on the
 * id, and either the current claims or the claims as known at a past moment.
 */
final class ClaimQuery {
    private static final String SELECT = "SELECT " + Claim.COLUMNS.replaceAll("(^|, )(\\w)", "$1c.$2");
    private final StringBuilder where = new StringBuilder("c.id > :after");
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final OffsetDateTime knownAt;

    private ClaimQuery(OffsetDateTime knownAt) {
        this.knownAt = knownAt;
    }

    static ClaimQuery of(ClaimFilter f, References refs) {
        ClaimQuery query = new ClaimQuery(f.knownAt);
        var source = refs.source(f.source, "source");
        var subject = refs.party(f.subject, "subject");
        refs.throwIfAny();
        query.and("c.source_id = :source", "source", source == null ? null : source.id);
        query.and("c.subject_id = :subject", "subject", subject == null ? null : subject.id);
        query.and("c.population = :population", "population", wire(f.population));
        query.and("c.metric = :metric", "metric", wire(f.metric));
        query.and("c.category = :category", "category", wire(f.category));
        query.and("c.equipment = :equipment", "equipment", wire(f.equipment));
        query.and("c.incident = :incident", "incident", f.incident);
        query.and("c.stance = :stance", "stance", wire(f.stance));
        query.and("c.stated_on >= :statedFrom", "statedFrom", f.statedFrom);
        query.and("c.stated_on <= :statedTo", "statedTo", f.statedTo);
        if (f.q != null && !f.q.isBlank()) {
            query.and("c.search @@ websearch_to_tsquery('english', :q)", "q", f.q);
        }
        ClaimFilter.StatusFilter status = f.status == null ? ClaimFilter.StatusFilter.ACTIVE : f.status;
        if (status != ClaimFilter.StatusFilter.ANY) {
            query.and("c.status = :status", "status", status.wire());
        }
        return query;
    }

    private void and(String predicate, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(predicate);
            params.put(name, value);
        }
    }

    private static String wire(org.claimledger.common.WireEnum value) {
        return value == null ? null : value.wire();
    }

    @SuppressWarnings("unchecked")
    List<Claim> page(EntityManager em, long after, int limit) {
        return bind(em.createNativeQuery(sql(), Claim.class), after, limit)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** PostgreSQL's plan for this query, as JSON: how the query is run, for checks that it uses indexes. */
    String plan(EntityManager em, long after, int limit) {
        return String.valueOf(bind(em.createNativeQuery("EXPLAIN (FORMAT JSON) " + sql()), after, limit)
                .getSingleResult());
    }

    private String sql() {
        String from = knownAt == null ? "claim c" : "claims_known_at(:knownAt) c";
        return SELECT + " FROM " + from + " WHERE " + where + " ORDER BY c.id LIMIT :limit";
    }

    private Query bind(Query query, long after, int limit) {
        params.forEach(query::setParameter);
        query.setParameter("after", after);
        query.setParameter("limit", limit);
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt);
        }
        return query;
    }
}
