package org.claimledger.ingest;

import jakarta.persistence.EntityManager;
import org.claimledger.common.NotFound;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The import_run table: one row per import that committed. */
final class ImportRuns {
    private ImportRuns() {
    }

    static void record(EntityManager em, UUID id, String format, String actor, Tally parties, Tally sources,
                       Tally claims, Tally links) {
        em.createNativeQuery("INSERT INTO import_run (public_id, format, created_by, parties, sources, claims,"
                        + " links, unchanged, updated) VALUES (:id, :format, :actor, :parties, :sources, :claims,"
                        + " :links, :unchanged, :updated)")
                .setParameter("id", id).setParameter("format", format).setParameter("actor", actor)
                .setParameter("parties", parties.created).setParameter("sources", sources.created)
                .setParameter("claims", claims.created).setParameter("links", links.created)
                .setParameter("unchanged", parties.unchanged + sources.unchanged + claims.unchanged + links.unchanged)
                .setParameter("updated", parties.updated + sources.updated + claims.updated + links.updated)
                .executeUpdate();
    }

    static ImportRunView get(EntityManager em, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT public_id, format, created_at, created_by, parties, sources,"
                        + " claims, links, updated, unchanged FROM import_run WHERE public_id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("import", id);
        }
        Object[] r = rows.get(0);
        return new ImportRunView((UUID) r[0], (String) r[1], timestamp(r[2]), (String) r[3], num(r[4]), num(r[5]),
                num(r[6]), num(r[7]), num(r[8]), num(r[9]));
    }

    private static int num(Object value) {
        return ((Number) value).intValue();
    }

    private static OffsetDateTime timestamp(Object value) {
        return value instanceof OffsetDateTime odt ? odt
                : value instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC)
                : ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
