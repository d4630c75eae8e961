package org.claimledger.revision;

import jakarta.persistence.Tuple;
import org.claimledger.common.Cursor;
import org.claimledger.common.Page;
import org.claimledger.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the revision history the database keeps (migration V2). */
@ApplicationScoped
public class Revisions {
    private final EntityManager em;

    Revisions(EntityManager em) {
        this.em = em;
    }

    /** Every revision of a row, oldest first; the row itself is the last, current one. */
    public List<RevisionView> history(String table, long id, Revisioned current) {
        return history(table, id, current, 0, Integer.MAX_VALUE - 1);
    }

    /** One page of the history, oldest first: the revisions numbered above {@code after}, at most {@code limit}. */
    public Page<RevisionView> page(String table, long id, Revisioned current, String cursor, int limit) {
        long after = Math.max(0, Cursor.decodeLong(cursor));
        return Page.of(history(table, id, current, after, limit), limit, r -> Integer.toString(r.revision()), r -> r);
    }

    /** Up to {@code limit + 1} revisions numbered above {@code after}: the extra one says more exist. */
    private List<RevisionView> history(String table, long id, Revisioned current, long after, int limit) {
        List<RevisionView> history = new ArrayList<>();
        List<Row> rows = Row.all(em.createNativeQuery("SELECT revision, recorded_at, recorded_by, reason, superseded_at "
                        + "FROM revision WHERE entity = :entity AND entity_id = :id AND revision > :after "
                        + "ORDER BY revision LIMIT :rows", Tuple.class)
                .setParameter("entity", table).setParameter("id", id).setParameter("after", (int) Math.min(after, Integer.MAX_VALUE))
                .setParameter("rows", limit + 1));
        for (Row row : rows) {
            int number = row.integer("revision");
            history.add(new RevisionView(number, number > 1 ? number - 1 : null, row.timestamp("recorded_at"),
                    row.string("recorded_by"), row.string("reason"), row.timestamp("superseded_at")));
        }
        if (history.size() <= limit && current.revision > after) {
            history.add(new RevisionView(current.revision, current.revision > 1 ? current.revision - 1 : null,
                    current.recordedAt, current.recordedBy, current.revisionReason, null));
        }
        return history;
    }

    /** An old revision of a row, rebuilt as an entity of its table (read-only, never flushed). */
    public <T> Optional<T> old(Class<T> entity, String table, long id, int revision) {
        @SuppressWarnings("unchecked")
        List<T> rows = em.createNativeQuery("SELECT (jsonb_populate_record(NULL::" + table + ", snapshot)).* "
                        + "FROM revision WHERE entity = :entity AND entity_id = :id AND revision = :revision", entity)
                .setParameter("entity", table).setParameter("id", id).setParameter("revision", revision)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return rows.stream().findFirst();
    }
}
