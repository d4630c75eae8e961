package org.claimledger.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A number that grows with every committed write and never comes back: rows are never deleted, every
 * creation adds a row and every revision (a retraction too) adds one to the revision table, so their
 * sum names the dataset's state. Read before an export is built, it can only undercount what the export
 * shows, so an ETag made from it never labels newer data as older.
 */
@ApplicationScoped
public class DatasetVersion {
    private final EntityManager db;

    DatasetVersion(EntityManager db) {
        this.db = db;
    }

    @Transactional
    public long current() {
        return ((Number) db.createNativeQuery("SELECT (SELECT count(*) FROM party) + (SELECT count(*) FROM source)"
                + " + (SELECT count(*) FROM incident) + (SELECT count(*) FROM claim)"
                + " + (SELECT count(*) FROM claim_link) + (SELECT count(*) FROM revision)").getSingleResult()).longValue();
    }
}
