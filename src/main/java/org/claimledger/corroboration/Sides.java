package org.claimledger.corroboration;

import jakarta.persistence.Tuple;
import org.claimledger.common.Row;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The belligerent side of each of some parties, in one query: the party itself if it is a belligerent,
 * else the side it declares, else its parent's side (as {@code Party.effectiveSide()} walks it).
 */
final class Sides {
    /** Deeper than any party tree; stops a cycle a direct edit of the table could make. */
    private static final int DEPTH = 32;

    private Sides() {
    }

    /** Party id to the slug of its side; parties on no side are left out. */
    static Map<Long, String> of(EntityManager em, Collection<Long> partyIds) {
        Map<Long, String> sides = new HashMap<>();
        List<Long> ids = partyIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return sides;
        }
        List<Row> rows = Row.all(em.createNativeQuery("WITH RECURSIVE walk(start, at, depth) AS ("
                        + " SELECT id, id, 0 FROM party WHERE id = ANY(CAST(:ids AS bigint[]))"
                        + " UNION ALL SELECT w.start, coalesce(p.side_id, p.parent_id), w.depth + 1"
                        + " FROM walk w JOIN party p ON p.id = w.at"
                        + " WHERE NOT p.belligerent AND coalesce(p.side_id, p.parent_id) IS NOT NULL AND w.depth < :depth)"
                        + " SELECT w.start, p.slug FROM walk w JOIN party p ON p.id = w.at WHERE p.belligerent", Tuple.class)
                .setParameter("ids", ids.toArray(Long[]::new)).setParameter("depth", DEPTH));
        rows.forEach(r -> sides.put(r.number("start"), r.string("slug")));
        return sides;
    }
}
