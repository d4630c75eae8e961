package org.claimledger.ingest;

/** Counts what an import does to one kind of record. */
final class Tally {
    int created;
    int updated;
    int unchanged;

    ImportReport.Counts counts() {
        return new ImportReport.Counts(created, updated, unchanged);
    }
}
