package org.claimledger.corroboration;

import org.claimledger.claim.Category;
import org.claimledger.claim.Quantity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Allegation", description = "One allegation (an incident, or claims linked to each other): who "
        + "asserts it, who denies it, who confirms it independently")
public record AllegationView(
        @Schema(nullable = true, example = "barda-2020-10-28") String incident,
        @Schema(description = "The parties accused", example = "[\"armenia\"]") List<String> accused,
        @Schema(nullable = true, example = "Barda") String location,
        @Schema(description = "Who asserts what, and who denies it, in one sentence") String summary,
        List<Voice> asserting,
        List<Voice> denying,
        @Schema(description = "Sources on neither side that assert it without repeating another claim")
        List<String> independentlyCorroboratedBy) {

    @Schema(name = "Voice", description = "One source's claim in an allegation")
    public record Voice(UUID claimId, @Schema(example = "hrw") String source,
                        @Schema(example = "Human Rights Watch") String sourceName,
                        @Schema(nullable = true) String side,
                        @Schema(description = "accuser, independent, or accused-side (the accused's own side)",
                                example = "independent") String standing,
                        Category category, LocalDate statedOn, String statement,
                        @Schema(nullable = true) Quantity quantity) {
    }
}
