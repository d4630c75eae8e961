package org.claimledger.ingest;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.claimledger.common.Row;
import org.claimledger.common.NotFound;

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
        Row r = Row.all(em.createNativeQuery("SELECT public_id, format, created_at, created_by, parties, sources,"
                        + " incidents, claims, links, updated, unchanged FROM import_run WHERE public_id = :id", Tuple.class)
                .setParameter("id", id)).stream().findFirst().orElseThrow(() -> new NotFound("import", id));
        return new ImportRunView(r.uuid("public_id"), r.string("format"), r.timestamp("created_at"),
                r.string("created_by"), r.integer("parties"), r.integer("sources"), r.integer("incidents"),
                r.integer("claims"), r.integer("links"), r.integer("updated"), r.integer("unchanged"));
    }
}
