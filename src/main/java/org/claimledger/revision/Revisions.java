package org.claimledger.revision;

import jakarta.persistence.Tuple;
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
        List<RevisionView> history = new ArrayList<>();
        List<Row> rows = Row.all(em.createNativeQuery("SELECT revision, recorded_at, recorded_by, reason, superseded_at "
                        + "FROM revision WHERE entity = :entity AND entity_id = :id ORDER BY revision", Tuple.class)
                .setParameter("entity", table).setParameter("id", id));
        for (Row row : rows) {
            int number = row.integer("revision");
            history.add(new RevisionView(number, number > 1 ? number - 1 : null, row.timestamp("recorded_at"),
                    row.string("recorded_by"), row.string("reason"), row.timestamp("superseded_at")));
        }
        history.add(new RevisionView(current.revision, current.revision > 1 ? current.revision - 1 : null,
                current.recordedAt, current.recordedBy, current.revisionReason, null));
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
