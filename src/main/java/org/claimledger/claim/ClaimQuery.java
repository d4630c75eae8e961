package org.claimledger.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

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
    private static final String TEXT = "c.search @@ websearch_to_tsquery('english', :q)";
    /**
     * Full-text search pages in id order. A common word matches thousands of claims, and reading all of
     * them through the text index to sort them costs far more than walking the next claims in id order
     * and keeping the matches: so that walk is tried first, over this many claims, and the text index
     * serves the rarer words for which it does not fill a page.
     */
    private static final int TEXT_WINDOW = 10_000;
    private final StringBuilder where = new StringBuilder("TRUE");
    private String text;
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
            query.text = f.q;
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
        if (text != null) {
            List<Claim> dense = bind(em.createNativeQuery(SELECT + " FROM (SELECT * FROM " + from() + " WHERE " + where
                    + keyset(after) + " ORDER BY c.id LIMIT " + TEXT_WINDOW + ") c WHERE " + TEXT
                    + " ORDER BY c.id LIMIT :limit", Claim.class), after, limit).getResultList();
            if (dense.size() == limit) {
                return dense;
            }
        }
        return bind(em.createNativeQuery(sql(after), Claim.class), after, limit)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** PostgreSQL's plan for this query, as JSON: how the query is run, for checks that it uses indexes. */
    String plan(EntityManager em, long after, int limit) {
        return String.valueOf(bind(em.createNativeQuery("EXPLAIN (FORMAT JSON) " + sql(after)), after, limit)
                .getSingleResult());
    }

    private String sql(long after) {
        return SELECT + " FROM " + from() + " WHERE " + where + (text == null ? "" : " AND " + TEXT) + keyset(after)
                + " ORDER BY c.id LIMIT :limit";
    }

    private String from() {
        return knownAt == null ? "claim c" : "claims_known_at(:knownAt) c";
    }

    /** The first page has no lower bound: a bound below every id only misleads the planner's estimates. */
    private static String keyset(long after) {
        return after == Long.MIN_VALUE ? "" : " AND c.id > :after";
    }

    private Query bind(Query query, long after, int limit) {
        params.forEach(query::setParameter);
        if (after != Long.MIN_VALUE) {
            query.setParameter("after", after);
        }
        if (text != null) {
            query.setParameter("q", text);
        }
        query.setParameter("limit", limit);
        if (knownAt != null) {
            query.setParameter("knownAt", knownAt);
        }
        return query;
    }
}
