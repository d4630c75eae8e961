package org.claimledger.corroboration;

import jakarta.persistence.EntityManager;
import org.claimledger.common.Cursor;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.SqlValues;

import java.util.ArrayList;
import java.util.List;

/**
 * Which allegations a page shows, chosen in SQL by keyset: first the incidents with at least one claim
 * that accuses someone, by slug; then the accusations without an incident, by id. One or two queries,
 * each reading through an index no further than the page.
 */
final class AllegationKeys {
    private static final String ACCUSES = "perpetrator_id IS NOT NULL AND stance = 'asserts' AND status = 'active'";
    private static final String TEXT = "websearch_to_tsquery('english', :q)";

    /** An allegation of the page: an incident (with its title and location) or one accusation's row id. */
    record Key(String incident, String title, String location, Long claim) {
        String cursor() {
            return incident != null ? "i:" + incident : "c:" + claim;
        }
    }

    private AllegationKeys() {
    }

    /** Up to {@code limit} keys after the cursor; an extra one says that more exist. */
    static List<Key> page(EntityManager em, String incident, String q, String cursor, int limit) {
        String after = Cursor.decode(cursor);
        if (after != null && !after.startsWith("i:") && !after.startsWith("c:")) {
            throw InvalidInput.of("cursor", "not a cursor issued by this service");
        }
        List<Key> keys = new ArrayList<>();
        if (after == null || after.startsWith("i:")) {
            keys.addAll(incidents(em, incident, q, after == null ? "" : after.substring(2), limit + 1));
        }
        if (keys.size() <= limit && incident == null) {
            long afterId = after != null && after.startsWith("c:") ? claimId(after) : Long.MIN_VALUE;
            keys.addAll(accusations(em, q, afterId, limit + 1 - keys.size()));
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static List<Key> incidents(EntityManager em, String incident, String q, String after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT i.slug, i.title, i.location FROM incident i WHERE i.slug > :after"
                + " AND EXISTS (SELECT 1 FROM claim a WHERE a.incident = i.slug AND a." + ACCUSES.replace(" AND ", " AND a.")
                + ")");
        if (incident != null) {
            sql.append(" AND i.slug = :incident");
        }
        if (q != null) {
            sql.append(" AND (to_tsvector('english', i.title || ' ' || coalesce(i.location, '')) @@ ").append(TEXT)
                    .append(" OR EXISTS (SELECT 1 FROM claim m WHERE m.incident = i.slug AND m.status = 'active'"
                            + " AND m.search @@ ").append(TEXT).append("))");
        }
        var query = em.createNativeQuery(sql.append(" ORDER BY i.slug LIMIT :limit").toString())
                .setParameter("after", after).setParameter("limit", limit);
        if (incident != null) {
            query.setParameter("incident", incident);
        }
        if (q != null) {
            query.setParameter("q", q);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Key((String) r[0], (String) r[1], (String) r[2], null)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Key> accusations(EntityManager em, String q, long after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT c.id FROM claim c WHERE c.incident IS NULL AND c."
                + ACCUSES.replace(" AND ", " AND c.") + " AND c.id > :after");
        if (q != null) {
            sql.append(" AND (c.search @@ ").append(TEXT).append(" OR EXISTS (SELECT 1 FROM claim_link l"
                    + " JOIN claim d ON d.id = l.from_claim_id WHERE l.to_claim_id = c.id AND l.type = 'denies'"
                    + " AND l.status = 'active' AND d.status = 'active' AND d.search @@ ").append(TEXT).append("))");
        }
        var query = em.createNativeQuery(sql.append(" ORDER BY c.id LIMIT :limit").toString())
                .setParameter("after", after).setParameter("limit", limit);
        if (q != null) {
            query.setParameter("q", q);
        }
        return ((List<Object>) query.getResultList()).stream()
                .map(id -> new Key(null, null, null, SqlValues.number(id))).toList();
    }

    private static long claimId(String after) {
        try {
            return Long.parseLong(after.substring(2));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("cursor", "not a cursor issued by this service");
        }
    }
}
