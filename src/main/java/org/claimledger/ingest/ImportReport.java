package org.claimledger.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "ImportReport", description = "What one import did: records created, updated (a new revision) "
        + "or found unchanged.")
public record ImportReport(UUID id, @Schema(example = "json") String format, OffsetDateTime createdAt,
                           String createdBy, Counts parties, Counts sources, Counts incidents, Counts claims,
                           Counts links) {

    public record Counts(int created, int updated, int unchanged) {
        public int total() {
            return created + updated + unchanged;
        }
    }
}
