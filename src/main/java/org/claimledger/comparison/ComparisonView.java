package org.claimledger.comparison;

import org.claimledger.claim.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Comparison", description = "The figures of one measure side by side: who says what, whether they "
        + "conflict and by how much, and what each side says about its own losses and the enemy's.")
public record ComparisonView(
        Measure measure,
        @Schema(example = "conflicting") Outcome.Verdict verdict,
        @Schema(example = "Ministry of Defence of Azerbaijan (adversary) claims more than 1.49× what Ministry of "
                + "Defence of Armenia (self) reports.") String summary,
        @Schema(description = "Each source's latest figure for the measure") List<FigureView> figures,
        @Schema(description = "Pairs of figures that cannot both be true, largest ratio first") List<ConflictView> conflicts,
        @Schema(nullable = true) Outcome.Spread spread,
        Outcome.PartisanGap partisanGap,
        @Schema(description = "Claims about something close but different, and why (the first "
                + ComparisonService.LISTED_NOT_COMPARABLE + ")") List<ExcludedView> notComparable,
        @Schema(description = "How many claims were not comparable in all", example = "3") int notComparableTotal,
        @Schema(description = "Earlier figures of the same sources") List<FigureView> history,
        @Schema(example = "0.1") double tolerance) {

    @Schema(name = "Figure")
    public record FigureView(@Schema(example = "az-mod") String source,
                             @Schema(example = "Ministry of Defence of Azerbaijan") String sourceName,
                             @Schema(description = "The side the source speaks for", nullable = true, example = "azerbaijan")
                             String side,
                             @Schema(example = "adversary") Relation relation,
                             UUID claimId,
                             @Schema(example = "5000", nullable = true) Long low,
                             @Schema(nullable = true) Long high,
                             @Schema(example = "more-than") Qualifier qualifier,
                             @Schema(example = "more than 5,000", nullable = true) String text,
                             LocalDate statedOn,
                             IntervalView interval) {

        static FigureView of(Candidate c, Interval i) {
            return new FigureView(c.source(), c.sourceName(), c.sourceSide(), c.relation(), c.id(), c.low(), c.high(),
                    c.qualifier(), c.text(), c.statedOn(), IntervalView.of(i));
        }
    }

    @Schema(name = "Interval", description = "The counts a figure allows; upper is null when open-ended")
    public record IntervalView(@Schema(example = "5000") double lower, boolean lowerOpen,
                               @Schema(nullable = true) Double upper, boolean upperOpen) {
        static IntervalView of(Interval i) {
            return new IntervalView(i.lower(), i.lowerOpen(), i.unbounded() ? null : i.upper(), i.upperOpen());
        }
    }

    @Schema(name = "Conflict")
    public record ConflictView(@Schema(example = "am-mod") String lower, UUID lowerClaim,
                               @Schema(example = "az-mod") String higher, UUID higherClaim,
                               @Schema(description = "Smallest distance between the two intervals", example = "1640")
                               double gap,
                               @Schema(description = "The higher figure's lower bound over the lower's upper bound; "
                                       + "null when the lower figure is zero", example = "1.488", nullable = true)
                               Double ratio,
                               String sentence) {
    }

    @Schema(name = "NotComparable")
    public record ExcludedView(UUID claimId, String source, @Schema(nullable = true) String text,
                               @Schema(example = "also counts syrian-fighters") String reason) {
    }
}
