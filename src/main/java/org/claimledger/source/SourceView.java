package org.claimledger.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "Source", description = "Who speaks: every claim is attributed to one source.")
public record SourceView(
        @Schema(example = "am-mod") String slug,
        @Schema(example = "Ministry of Defence of Armenia") String name,
        SourceKind kind,
        @Schema(description = "The party it speaks for; null for independent sources", example = "armenia",
                nullable = true) String party,
        @Schema(nullable = true, example = "https://mil.am") String homepage,
        @Schema(nullable = true) String description,
        @Schema(example = "1") int revision,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime recordedAt) {

    public static SourceView of(Source s) {
        return new SourceView(s.slug, s.name, s.kind, s.party == null ? null : s.party.slug, s.homepage,
                s.description, s.revision, s.createdAt, s.createdBy, s.recordedAt);
    }
}
