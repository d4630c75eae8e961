package org.claimledger.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim as a list shows it: who said what figure of what, when, and whether its date or attribution
 * is inferred. Its citations, note and audit fields are in the full claim ({@code view=full}, or
 * {@code GET /api/v1/claims/{id}}).
 */
@Schema(name = "ClaimSummary", description = "A claim as lists give it by default: the full claim without its "
        + "citations, note, retraction reason and audit fields (add view=full to a list, or GET the claim, for those).")
public record ClaimSummary(
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
        @Schema(description = "Whether the date and the attribution are in the cited text or inferred")
        Provenance provenance,
        ClaimStatus status,
        @Schema(example = "1") int revision) {

    public static ClaimSummary of(ClaimView c) {
        return new ClaimSummary(c.id(), c.key(), c.source(), c.statedOn(), c.from(), c.asOf(), c.category(),
                c.subject(), c.alsoCounts(), c.population(), c.metric(), c.equipment(), c.object(), c.incident(),
                c.location(), c.quantity(), c.stance(), c.perpetrator(), c.statement(), c.provenance(), c.status(),
                c.revision());
    }
}
