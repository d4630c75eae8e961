package org.claimledger.ingest;

import org.claimledger.revision.Change;

/** Counts what an import does to one kind of record. */
final class Tally {
    int created;
    int updated;
    int unchanged;

    void count(Change change) {
        switch (change) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
    }

    ImportReport.Counts counts() {
        return new ImportReport.Counts(created, updated, unchanged);
    }
}
