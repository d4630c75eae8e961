package org.claimledger.ingest;

import jakarta.persistence.EntityManager;
import org.claimledger.common.NotFound;
import org.claimledger.common.SqlValues;

import java.util.List;
import java.util.UUID;

/** The import_run table: one row per import that committed. */
final class ImportRuns {
    private ImportRuns() {
    }

    static void record(EntityManager em, UUID id, String format, String actor, Tally parties, Tally sources,
                       Tally incidents, Tally claims, Tally links) {
        em.createNativeQuery("INSERT INTO import_run (public_id, format, created_by, parties, sources, incidents,"
                        + " claims, links, unchanged, updated) VALUES (:id, :format, :actor, :parties, :sources,"
                        + " :incidents, :claims, :links, :unchanged, :updated)")
                .setParameter("id", id).setParameter("format", format).setParameter("actor", actor)
                .setParameter("parties", parties.created).setParameter("sources", sources.created)
                .setParameter("incidents", incidents.created)
                .setParameter("claims", claims.created).setParameter("links", links.created)
                .setParameter("unchanged", parties.unchanged + sources.unchanged + incidents.unchanged
                        + claims.unchanged + links.unchanged)
                .setParameter("updated", parties.updated + sources.updated + incidents.updated + claims.updated
                        + links.updated)
                .executeUpdate();
    }

    static ImportRunView get(EntityManager em, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT public_id, format, created_at, created_by, parties, sources,"
                        + " incidents, claims, links, updated, unchanged FROM import_run WHERE public_id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("import", id);
        }
        Object[] r = rows.get(0);
        java.util.function.IntFunction<Integer> count = i -> SqlValues.number(r[i]).intValue();
        return new ImportRunView((UUID) r[0], (String) r[1], SqlValues.timestamp(r[2]), (String) r[3], count.apply(4),
                count.apply(5), count.apply(6), count.apply(7), count.apply(8), count.apply(9), count.apply(10));
    }
}
