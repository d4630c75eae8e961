package org.claimledger.comparison;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Contested", description = "A measure in dispute: conflicting, or residual-beyond-sources")
public record ContestedView(Measure measure, @Schema(example = "conflicting") Outcome.Verdict verdict,
                            @Schema(description = "Sources whose figures are weighed: those for exactly this measure, "
                                    + "then those of broader figures") List<String> sources,
                            @Schema(description = "conflicting: the largest ratio between two figures of the same "
                                    + "period that cannot both be true (or between a figure and a broader one below "
                                    + "it); residual-beyond-sources: how many times the part a broader figure also "
                                    + "counts would have to exceed the highest figure sources give for it. Null when "
                                    + "the smaller number is zero (ranked first)", example = "2.326", nullable = true)
                            Double disagreement,
                            String summary,
                            @Schema(description = "The comparison of this measure",
                                    example = "/api/v1/comparisons?subject=armenia&population=military&metric=killed")
                            String comparison) {

}
