package org.claimledger.corroboration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import org.claimledger.common.Row;
import org.claimledger.common.Cursor;
import org.claimledger.common.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Which allegations a page shows, chosen in SQL by keyset: first the incidents with at least one claim
 * that accuses someone, by slug; then the accusations without an incident, by id. Each walk reads
 * through an index no further than the page.
 * <p>
 * With search text, each walk is tried first over a window of the next keys ({@link #WINDOW}, or twice
 * the page), keeping those that match, and turns to the text indexes only when that does not fill the
 * page: a common word matches most keys, and reading every match through a text index to sort it would
 * cost the whole table, while a rare word is found at once through the text index. A search so costs the
 * window, or (when the window holds too few matches) what the text indexes find; both give the same keys.
 */
final class AllegationKeys {
    private static final String ACCUSES = "perpetrator_id IS NOT NULL AND stance = 'asserts' AND status = 'active'";
    private static final String TEXT = "websearch_to_tsquery('english', :q)";
    /** Keys a text search walks in order before it turns to the text indexes: this many, or twice the page. */
    static final int WINDOW = 500;

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
        return page(em, incident, q, cursor, limit, WINDOW);
    }

    /** The same with another smallest window; 0 goes to the text indexes at once (for tests of the equivalence). */
    static List<Key> page(EntityManager em, String incident, String q, String cursor, int limit, int window) {
        String after = Cursor.decode(cursor);
        if (after != null && !after.startsWith("i:") && !after.startsWith("c:")) {
            throw InvalidInput.of("cursor", "not a cursor issued by this service");
        }
        List<Key> keys = new ArrayList<>();
        if (after == null || after.startsWith("i:")) {
            keys.addAll(incidents(em, incident, q, after == null ? "" : after.substring(2), limit + 1, window));
        }
        if (keys.size() <= limit && incident == null) {
            long afterId = after != null && after.startsWith("c:") ? claimId(after) : Long.MIN_VALUE;
            keys.addAll(accusations(em, q, afterId, limit + 1 - keys.size(), window));
        }
        return keys;
    }

    private static List<Key> incidents(EntityManager em, String incident, String q, String after, int limit,
                                       int window) {
        String walk = "SELECT i.slug, i.title, i.location FROM incident i WHERE i.slug > :after"
                + (incident == null ? "" : " AND i.slug = :incident")
                + " AND EXISTS (SELECT 1 FROM claim a WHERE a.incident = i.slug AND " + on("a", ACCUSES) + ")";
        if (q == null) {
            return incidentKeys(bind(em, walk + " ORDER BY i.slug LIMIT :limit", incident, q, limit)
                    .setParameter("after", after));
        }
        // The window's incidents are checked one by one against their own few claims. A scalar subquery,
        // not EXISTS: PostgreSQL may run an EXISTS under OR once over every matching claim of the table
        // (a hashed subplan). OFFSET 0 keeps the text condition out of the scan of the incident's claims,
        // which would otherwise read the text index's whole list for the words once per incident.
        List<Key> dense = window == 0 ? List.of() : incidentKeys(bind(em, "SELECT i.slug, i.title, i.location FROM (" + walk
                + " ORDER BY i.slug LIMIT :window) i WHERE " + words("i") + " @@ " + TEXT
                + " OR (SELECT m.id FROM (SELECT m.id, m.search FROM claim m WHERE m.incident = i.slug"
                + " AND m.status = 'active' OFFSET 0) m WHERE m.search @@ " + TEXT + " LIMIT 1) IS NOT NULL"
                + " ORDER BY i.slug LIMIT :limit", incident, q, limit)
                .setParameter("after", after).setParameter("window", Math.max(window, 2 * limit)));
        if (dense.size() == limit) {
            return dense;
        }
        return incidentKeys(bind(em, walk + " AND i.slug IN (SELECT t.slug FROM incident t WHERE " + words("t")
                + " @@ " + TEXT + " UNION SELECT m.incident FROM claim m WHERE m.search @@ " + TEXT
                + " AND m.status = 'active' AND m.incident IS NOT NULL) ORDER BY i.slug LIMIT :limit", incident, q,
                limit).setParameter("after", after));
    }

    private static List<Key> accusations(EntityManager em, String q, long after, int limit, int window) {
        String walk = " FROM claim c WHERE c.incident IS NULL AND " + on("c", ACCUSES)
                + (after == Long.MIN_VALUE ? "" : " AND c.id > :after");
        if (q == null) {
            return accusationKeys(bind(em, "SELECT c.id" + walk + " ORDER BY c.id LIMIT :limit", null, q, limit),
                    after);
        }
        String denial = "SELECT l.to_claim_id FROM claim_link l JOIN claim d ON d.id = l.from_claim_id"
                + " WHERE l.type = 'denies' AND l.status = 'active' AND d.status = 'active' AND d.search @@ " + TEXT;
        List<Key> dense = window == 0 ? List.of() : accusationKeys(bind(em, "SELECT c.id FROM (SELECT c.id, c.search" + walk
                + " ORDER BY c.id LIMIT :window) c WHERE c.search @@ " + TEXT + " OR (" + denial
                + " AND l.to_claim_id = c.id LIMIT 1) IS NOT NULL ORDER BY c.id LIMIT :limit", null, q, limit)
                .setParameter("window", Math.max(window, 2 * limit)), after);
        if (dense.size() == limit) {
            return dense;
        }
        return accusationKeys(bind(em, "SELECT c.id" + walk + " AND c.id IN (SELECT m.id FROM claim m"
                + " WHERE m.search @@ " + TEXT + " UNION " + denial + ") ORDER BY c.id LIMIT :limit", null, q, limit),
                after);
    }

    private static Query bind(EntityManager em, String sql, String incident, String q, int limit) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        if (incident != null) {
            query.setParameter("incident", incident);
        }
        if (q != null) {
            query.setParameter("q", q);
        }
        return query.setParameter("limit", limit);
    }

    private static List<Key> incidentKeys(Query query) {
        return Row.all(query).stream().map(r -> new Key(r.string("slug"), r.string("title"), r.string("location"), null))
                .toList();
    }

    private static List<Key> accusationKeys(Query query, long after) {
        if (after != Long.MIN_VALUE) {
            query.setParameter("after", after);
        }
        return Row.all(query).stream().map(r -> new Key(null, null, null, r.number("id"))).toList();
    }

    /** An incident's own words: its title and location, as the text index on incident (V9) reads them. */
    private static String words(String alias) {
        return "to_tsvector('english', " + alias + ".title || ' ' || coalesce(" + alias + ".location, ''))";
    }

    private static String on(String alias, String predicate) {
        return alias + "." + predicate.replace(" AND ", " AND " + alias + ".");
    }

    private static long claimId(String after) {
        try {
            return Long.parseLong(after.substring(2));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("cursor", "not a cursor issued by this service");
        }
    }
}
