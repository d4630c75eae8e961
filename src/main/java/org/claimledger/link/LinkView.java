package org.claimledger.link;

import org.claimledger.claim.ClaimStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Link", description = "A typed edge between two claims, read as: from <type> to.")
public record LinkView(UUID id,
                       @Schema(description = "The claim that corroborates, contradicts, supersedes, derives from or denies")
                       UUID from,
                       @Schema(description = "The claim it bears on") UUID to,
                       LinkType type,
                       @Schema(nullable = true) String note,
                       ClaimStatus status,
                       @Schema(nullable = true) String retractionReason,
                       int revision,
                       OffsetDateTime createdAt,
                       String createdBy) {

    public static LinkView of(ClaimLink l) {
        return new LinkView(l.publicId, l.fromClaim.publicId, l.toClaim.publicId, l.type, l.note, l.status,
                l.retractionReason, l.revision, l.createdAt, l.createdBy);
    }
}
