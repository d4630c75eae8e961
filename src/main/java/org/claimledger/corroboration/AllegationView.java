package org.claimledger.corroboration;

import org.claimledger.claim.Category;
import org.claimledger.claim.Quantity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Allegation", description = "An accusation and the answers to it: the claims of one incident that "
        + "accuse someone (name a perpetrator) or deny, or, without an incident, one claim that accuses someone; "
        + "with the claims linked to an accusation by denies. Events that accuse nobody are not allegations.")
public record AllegationView(
        @Schema(description = "The incident's slug; null for an accusation without an incident", nullable = true,
                example = "barda-2020-10-28") String incident,
        @Schema(description = "The incident's title; without an incident, the accusation's statement (shortened)",
                example = "Missile strikes on Barda, 27 and 28 October 2020") String title,
        @Schema(description = "The parties accused", example = "[\"armenia\"]") List<String> accused,
        @Schema(nullable = true, example = "Barda") String location,
        @Schema(description = "corroborated when a source confirms one of its accusations independently (see "
                + "independentlyCorroboratedBy); otherwise contested (an accusation is contradicted), denied, or "
                + "single-source", example = "corroborated") Corroboration.Status status,
        @Schema(description = "Who asserts it, whether anyone independent corroborates it, who denies it, in one "
                + "sentence. A lone accuser is \"asserted only by\", never \"corroborated by\".",
                example = "Asserted only by Human Rights Watch; no independent corroboration; denied by nobody.")
        String summary,
        @Schema(description = "The claims that accuse") List<Voice> asserting,
        @Schema(description = "The claims that deny") List<Voice> denying,
        @Schema(description = "Sources that confirm one of its accusations independently, by the rule of "
                + "GET /api/v1/claims/{id}/corroboration: another source than the accusation's, not on the same side, "
                + "that does not repeat it through derived-from links (however long the chain) and that it does not "
                + "repeat. Other accusations of the same side in the allegation confirm it as a corroborates link "
                + "would. Empty when only one source, one side, or sources repeating one another assert it: no "
                + "source corroborates itself.", example = "[\"Amnesty International\", \"The New York Times\"]")
        List<String> independentlyCorroboratedBy) {

    @Schema(name = "Voice", description = "One source's claim in an allegation")
    public record Voice(UUID claimId, @Schema(example = "hrw") String source,
                        @Schema(example = "Human Rights Watch") String sourceName,
                        @Schema(description = "The side the source speaks for", nullable = true) String side,
                        @Schema(description = "accused-side (speaks for the side accused), independent (speaks for "
                                + "no side), accuser (accuses, speaking for another side) or other-side (denies, "
                                + "speaking for a side that is not accused)",
                                example = "independent") String standing,
                        Category category, LocalDate statedOn, String statement,
                        @Schema(nullable = true) Quantity quantity) {
    }
}
