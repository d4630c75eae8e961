package org.claimledger.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "ImportRun", description = "A committed import: how many records it created, updated and left unchanged.")
public record ImportRunView(UUID id, String format, OffsetDateTime createdAt, String createdBy, int partiesCreated,
                            int sourcesCreated, int incidentsCreated, int claimsCreated, int linksCreated,
                            int updated, int unchanged) {
}
