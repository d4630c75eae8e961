package org.claimledger.party;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Party", description = "A side or actor of a conflict.")
public record PartyView(
        @Schema(example = "artsakh") String slug,
        @Schema(example = "Republic of Artsakh") String name,
        @Schema(description = "The party this one is part of", example = "armenia", nullable = true) String parent,
        @Schema(description = "The belligerent side it fights on or backs; null for neutral parties",
                example = "armenia", nullable = true) String side,
        @Schema(nullable = true) String description,
        @Schema(example = "1") int revision,
        OffsetDateTime recordedAt) {

    public static PartyView of(Party p) {
        return new PartyView(p.slug, p.name, Party.slugOf(p.parent), Party.slugOf(p.effectiveSide()),
                p.description, p.revision, p.recordedAt);
    }
}
