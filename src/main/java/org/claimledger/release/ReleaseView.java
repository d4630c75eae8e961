package org.claimledger.release;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Release", description = "A named, unchanging snapshot of the dataset, to cite and to fetch byte for byte")
public record ReleaseView(
        @Schema(example = "2026.12.0") String version,
        @Schema(nullable = true) String note,
        OffsetDateTime createdAt,
        String createdBy,
        Counts counts,
        @Schema(description = "Size in bytes of the export", example = "1048576") long size,
        @Schema(description = "SHA-256 of the export's bytes, hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256,
        @Schema(example = "/api/v1/releases/2026.12.0/export") String export) {

    @Schema(name = "ReleaseCounts", description = "What the export holds: active claims, and active links between them")
    public record Counts(int parties, int sources, int incidents, int claims, int links) {
    }
}
