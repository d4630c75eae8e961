package org.claimledger.comparison;

import org.claimledger.claim.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Comparison", description = "The figures of one measure side by side: who says what, whether they "
        + "conflict and by how much, how figures that also count other parties bear on them, and what each side "
        + "says about its own losses and the enemy's.")
public record ComparisonView(
        Measure measure,
        @Schema(example = "conflicting") Outcome.Verdict verdict,
        @Schema(example = "Ministry of Defence of Azerbaijan (adversary) claims more than 1.49× what Ministry of "
                + "Defence of Armenia (self) reports.") String summary,
        @Schema(description = "Each source's latest figure for the measure") List<FigureView> figures,
        @Schema(description = "Pairs of figures of the same period that cannot both be true, largest ratio first")
        List<ConflictView> conflicts,
        @Schema(description = "Pairs that would conflict but are dated more than maxDaysApart days apart, on a "
                + "count that can rise and fall (the count may have changed in between); they do not make the "
                + "verdict conflicting") List<ConflictView> timeSeparated,
        @Schema(description = "Each source's latest figure that counts the subject together with other parties "
                + "(and is otherwise of this measure), weighed against the figures above") List<BroaderView> broader,
        @Schema(nullable = true) Outcome.Spread spread,
        Outcome.PartisanGap partisanGap,
        @Schema(description = "Claims about something close but different, and why (the first "
                + ComparisonService.LISTED_NOT_COMPARABLE + ")") List<ExcludedView> notComparable,
        @Schema(description = "How many claims were not comparable in all", example = "3") int notComparableTotal,
        @Schema(description = "Earlier figures of the same sources") List<FigureView> history,
        @Schema(example = "0.1") double tolerance,
        @Schema(description = "Figures of a count that can fall dated further apart than this are time-separated",
                example = "30") int maxDaysApart) implements org.claimledger.common.KeptAnswer {

    static ComparisonView of(Measure measure, Outcome o, MeasureComparator comparator, double tolerance) {
        return new ComparisonView(measure, o.verdict(), o.summary(),
                o.figures().stream().map(FigureView::of).toList(),
                o.conflicts().stream().map(c -> ConflictView.of(c, Sentences.conflict(c))).toList(),
                o.timeSeparated().stream().map(c -> ConflictView.of(c, Sentences.timeSeparated(c))).toList(),
                o.broader().stream().map(BroaderView::of).toList(),
                o.spread(), o.partisanGap(),
                o.notComparable().stream().limit(ComparisonService.LISTED_NOT_COMPARABLE).map(e -> new ExcludedView(
                        e.claim().id(), e.claim().source(), e.claim().text(), e.reason())).toList(),
                o.notComparable().size(),
                o.history().stream().map(c -> FigureView.of(c, comparator.interval(c))).toList(),
                tolerance, comparator.maxDaysApart());
    }

    static Double rounded(Double ratio) {
        return ratio == null ? null : Math.round(ratio * 1000) / 1000.0;
    }

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

        static FigureView of(Outcome.Placed p) {
            return of(p.claim(), p.interval());
        }

        static FigureView of(Candidate c, Interval i) {
            return new FigureView(c.source(), c.sourceName(), c.sourceSide(), c.relation(), c.id(), c.low(), c.high(),
                    c.qualifier(), c.text(), c.statedOn(), IntervalView.of(i));
        }
    }

    @Schema(name = "Interval", description = "The counts a figure allows; upper is null when open-ended")
    public record IntervalView(@Schema(example = "5000") double lower, boolean lowerOpen,
                               @Schema(nullable = true) Double upper, boolean upperOpen) {
        static IntervalView of(Interval i) {
            return i == null ? null
                    : new IntervalView(i.lower(), i.lowerOpen(), i.unbounded() ? null : i.upper(), i.upperOpen());
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
                               @Schema(description = "Days between the days the two figures count up to (asOf, "
                                       + "else statedOn)", example = "13") long days,
                               String sentence) {
        static ConflictView of(Outcome.Conflict c, String sentence) {
            return new ConflictView(c.lower().claim().source(), c.lower().claim().id(), c.higher().claim().source(),
                    c.higher().claim().id(), c.gap(), rounded(c.ratio()), c.days(), sentence);
        }
    }

    @Schema(name = "NotComparable")
    public record ExcludedView(UUID claimId, String source, @Schema(nullable = true) String text,
                               @Schema(example = "counts civilian people, not military") String reason) {
    }

    @Schema(name = "BroaderFigure", description = "A figure that counts the subject together with other parties, "
            + "what it leaves for the subject alone, and how each figure of the measure fares against it")
    public record BroaderView(FigureView figure,
                              @Schema(description = "The other parties it counts", example = "[\"syrian-fighters\"]")
                              List<String> alsoCounts,
                              @Schema(description = "What sources say about each of those parties for the same "
                                      + "population, metric and period") List<PartView> parts,
                              @Schema(description = "The counts it leaves for the subject alone: the broader "
                                      + "interval minus the span of the parts' figures (an unknown part counts as "
                                      + "anything from 0), clipped at 0, open bounds kept; null when it leaves none",
                                      nullable = true) IntervalView implied,
                              List<WeighingView> weighed) {
        static BroaderView of(Outcome.Broader b) {
            return new BroaderView(FigureView.of(b.figure()), b.figure().claim().alsoCounts(),
                    b.parts().stream().map(PartView::of).toList(), IntervalView.of(b.implied()),
                    b.weighed().stream().map(WeighingView::of).toList());
        }
    }

    @Schema(name = "AlsoCountedPart")
    public record PartView(@Schema(example = "syrian-fighters") String party,
                           @Schema(description = "Each source's latest figure for the party") List<FigureView> figures,
                           @Schema(description = "The span of those figures; null when there are none", nullable = true)
                           IntervalView range,
                           @Schema(description = "The lowest number any of them states", nullable = true, example = "93")
                           Long lowest,
                           @Schema(nullable = true, example = "ria-novosti") String lowestSource,
                           @Schema(description = "The highest number any of them states (541 of \"at least 541\")",
                                   nullable = true, example = "541") Long highest,
                           @Schema(nullable = true, example = "sohr") String highestSource) {
        static PartView of(Outcome.Part p) {
            return new PartView(p.party(), p.figures().stream().map(FigureView::of).toList(), IntervalView.of(p.range()),
                    p.counted() ? p.lowest().value() : null, p.counted() ? p.lowest().claim().source() : null,
                    p.counted() ? p.highest().value() : null, p.counted() ? p.highest().claim().source() : null);
        }
    }

    @Schema(name = "Weighing", description = "One figure of the measure against a broader figure")
    public record WeighingView(@Schema(example = "az-mod") String source, UUID claimId,
                               @Schema(example = "exceeds-sources") Outcome.Fit fit,
                               @Schema(description = "Days between the days the two figures count up to",
                                       example = "62") long days,
                               @Schema(description = "What the other parties would have to account for so that both "
                                       + "figures hold (broader minus this figure, clipped at 0); null when nothing "
                                       + "would do", nullable = true) IntervalView needed,
                               @Schema(description = "The least they would have to account for: the broader "
                                       + "figure's lower bound minus this figure's upper bound", nullable = true,
                                       example = "4790") Double residual,
                               @Schema(description = "The lowest and highest totals sources state for those parties; "
                                       + "null when a party has no figure", nullable = true) IntervalView stated,
                               @Schema(description = "exceeds-sources: residual over the highest stated total; "
                                       + "below-sources: the lowest stated total over the most they could account for; "
                                       + "impossible: this figure over the broader one", nullable = true,
                                       example = "8.854") Double ratio,
                               String sentence) {
        static WeighingView of(Outcome.Weighing w) {
            return new WeighingView(w.narrower().claim().source(), w.narrower().claim().id(), w.fit(), w.days(),
                    IntervalView.of(w.needed()), w.residual(), IntervalView.of(w.stated()), rounded(w.ratio()),
                    w.sentence());
        }
    }
}
