package org.claimledger.revision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Revision", description = "One revision of a claim, source or link; the last one is current.")
public record RevisionView(
        @Schema(example = "2") int revision,
        @Schema(description = "The revision this one replaced", nullable = true, example = "1") Integer parent,
        OffsetDateTime recordedAt,
        @Schema(example = "newsroom-factcheck") String recordedBy,
        @Schema(nullable = true, example = "corrected the figure to the 2021 final count") String reason,
        @Schema(description = "When a newer revision replaced it; null for the current one", nullable = true)
        OffsetDateTime supersededAt) {
}
