package org.claimledger.comparison;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Contested", description = "A measure with figures from two or more sources")
public record ContestedView(Measure measure, Outcome.Verdict verdict,
                            @Schema(description = "Sources with a figure for exactly this measure") List<String> sources,
                            @Schema(description = "The largest ratio between conflicting figures, or between the "
                                    + "largest and smallest stated number when none conflict; null when a figure is zero",
                                    example = "1.488", nullable = true) Double disagreement,
                            String summary,
                            @Schema(description = "The comparison of this measure",
                                    example = "/api/v1/comparisons?subject=armenia&population=military&metric=killed")
                            String comparison) {
}
