package org.claimledger.claim;

import org.claimledger.party.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Claim", description = "One assertion by one source, with its figure, period and citations.")
public record ClaimView(
        UUID id,
        @Schema(nullable = true, example = "karabakh-2020/am-mod-0001") String key,
        @Schema(example = "am-mod") String source,
        LocalDate statedOn,
        @Schema(nullable = true) LocalDate from,
        @Schema(nullable = true) LocalDate asOf,
        Category category,
        @Schema(nullable = true, example = "armenia") String subject,
        List<String> alsoCounts,
        @Schema(nullable = true) Population population,
        Metric metric,
        @Schema(nullable = true) Equipment equipment,
        @Schema(nullable = true) String object,
        @Schema(nullable = true) String incident,
        @Schema(nullable = true) String location,
        @Schema(nullable = true) Quantity quantity,
        Stance stance,
        @Schema(nullable = true) String perpetrator,
        String statement,
        @Schema(nullable = true) String note,
        @Schema(description = "Whether the date and the attribution are in the cited text or inferred")
        Provenance provenance,
        List<Citation> citations,
        ClaimStatus status,
        @Schema(nullable = true) String retractionReason,
        @Schema(example = "1") int revision,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime recordedAt,
        String recordedBy,
        @Schema(nullable = true) String revisionReason) {

    public static ClaimView of(Claim c) {
        return new ClaimView(c.publicId, c.externalKey, c.source.slug, c.statedOn, c.periodFrom, c.asOf,
                c.category, slug(c.subject), List.of(c.alsoCounts), c.population, c.metric, c.equipment, c.object,
                c.incident, c.location, c.quantity(), c.stance, slug(c.perpetrator), c.statement, c.note,
                c.provenance(), c.citations, c.status, c.retractionReason, c.revision, c.createdAt, c.createdBy, c.recordedAt,
                c.recordedBy, c.revisionReason);
    }

    private static String slug(Party party) {
        return party == null ? null : party.slug;
    }
}
