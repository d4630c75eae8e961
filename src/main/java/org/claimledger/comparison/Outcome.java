package org.claimledger.comparison;

import org.claimledger.common.WireEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What comparing the figures of one measure found. Plain data; the API view is built from it. */
public record Outcome(Verdict verdict, List<Placed> figures, List<Candidate> history, List<Conflict> conflicts,
                      List<Conflict> timeSeparated, List<Broader> broader, Spread spread, PartisanGap partisanGap,
                      List<Excluded> notComparable, String summary) {

    /** The first that applies, in this order. */
    @Schema(description = "What the comparison found, the first that applies in this order. "
            + "conflicting: two figures of the same period cannot both be true (their intervals do not overlap and "
            + "neither is growth of an accumulating count), or a figure is above a broader figure that includes "
            + "what it counts. "
            + "residual-beyond-sources: the figures can all hold only if the extra part a broader figure also "
            + "counts is larger than the highest figure any source gives for it (or smaller than the lowest); "
            + "no figure is contradicted outright. "
            + "residual-uncounted: the figures can all hold only if the extra part a broader figure also counts "
            + "makes up a difference, and no source gives a figure for that part (or for one of its parties), so "
            + "it cannot be weighed. "
            + "time-separated: the only disagreements are between figures of a count that can rise and fall "
            + "(GET /api/v1/metrics) dated more than maxDaysApart days apart; the count may have changed in between. "
            + "consistent: two or more figures that can all be true at once. "
            + "single: one figure and nothing to weigh it against. "
            + "not-comparable: no figure counts exactly this measure.")
    public enum Verdict implements WireEnum {
        CONFLICTING, RESIDUAL_BEYOND_SOURCES, RESIDUAL_UNCOUNTED, TIME_SEPARATED, CONSISTENT, SINGLE, NOT_COMPARABLE;

        @Override
        public String wire() {
            return WireEnum.wireName(this);
        }
    }

    /** A source's latest figure and the interval it stands for. */
    public record Placed(Candidate claim, Interval interval) {
    }

    /**
     * Two figures that cannot both be true: {@code lower}'s interval lies wholly below {@code higher}'s.
     * {@code days} lies between the days they count up to.
     */
    public record Conflict(Placed lower, Placed higher, double gap, Double ratio, long days) {
    }

    /** The smallest and largest number stated, and how many times larger the largest is. */
    public record Spread(long min, long max, Double ratio) {
    }

    /** The figures of one group of sources: the subject's own side, its adversary, or independents. */
    public record Group(List<String> sources, Long min, Long max) {
    }

    /** Each group is null when no source of it gives a figure, and each ratio when either group is. */
    public record PartisanGap(@Schema(nullable = true) Group self, @Schema(nullable = true) Group adversary,
                              @Schema(nullable = true) Group independent, @Schema(nullable = true) Double adversaryOverSelf,
                              @Schema(nullable = true) Double independentOverSelf) {
    }

    public record Excluded(Candidate claim, String reason) {
    }

    /**
     * A figure that counts the subject together with other parties ({@code parts}), the counts it leaves
     * for the subject alone given what sources say about those parties ({@code implied}; null when it
     * leaves none), and how each figure of the measure fares against it.
     */
    public record Broader(Placed figure, List<Part> parts, Interval implied, List<Weighing> weighed) {
    }

    /**
     * What sources say about one of the other parties a broader figure counts, for the same population,
     * metric and period: each source's latest figure, the interval they span together, and the lowest
     * and highest number any of them states. Empty and null when no source gives a figure.
     */
    public record Part(String party, List<Placed> figures, Interval range, Stated lowest, Stated highest) {
        public boolean counted() {
            return !figures.isEmpty();
        }
    }

    /** A number a source stated (one end of its figure) and the claim that states it. */
    public record Stated(long value, Candidate claim) {
    }

    /**
     * A figure of the measure against a broader one. {@code needed}: the counts the other parties would
     * have to account for so that both hold (broader minus this figure; null when none would do).
     * {@code stated}: the lowest and highest totals sources give for those parties, null when a party
     * has no figure. {@code ratio}: how many times beyond them {@code needed} lies, or for
     * {@link Fit#IMPOSSIBLE} how many times the broader figure this one is.
     */
    public record Weighing(Placed narrower, Fit fit, long days, Interval needed, Interval stated, Double ratio,
                           String sentence) {
        public Double residual() {
            return needed == null ? null : needed.lower();
        }
    }

    @Schema(description = "How a figure fares against a broader figure. fits: what the other parties would have "
            + "to account for lies within what sources give for them (or nothing is needed). exceeds-sources: it "
            + "would have to be larger than the highest figure any source gives (below-sources: smaller than the "
            + "lowest). uncounted: something would be needed, and no source gives a figure for a party. impossible: "
            + "the figure is above the broader one, which includes what it counts. time-separated: the figures "
            + "disagree but are dated more than maxDaysApart days apart, and the count can rise and fall. growth: "
            + "they disagree only as an accumulating count grows (the smaller figure counts to an earlier day).")
    public enum Fit implements WireEnum {
        FITS, EXCEEDS_SOURCES, BELOW_SOURCES, UNCOUNTED, IMPOSSIBLE, TIME_SEPARATED, GROWTH;

        @Override
        public String wire() {
            return WireEnum.wireName(this);
        }
    }
}
