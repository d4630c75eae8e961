package org.claimledger.comparison;

import org.claimledger.common.WireEnum;

import java.util.List;

/** What comparing the figures of one measure found. Plain data; the API view is built from it. */
public record Outcome(Verdict verdict, List<Placed> figures, List<Candidate> history, List<Conflict> conflicts,
                      Spread spread, PartisanGap partisanGap, List<Excluded> notComparable, String summary) {

    public enum Verdict implements WireEnum {
        CONSISTENT, CONFLICTING, SINGLE, NOT_COMPARABLE;

        @Override
        public String wire() {
            return WireEnum.wireName(this);
        }
    }

    /** A source's latest figure and the interval it stands for. */
    public record Placed(Candidate claim, Interval interval) {
    }

    /** Two figures that cannot both be true: {@code lower}'s interval lies wholly below {@code higher}'s. */
    public record Conflict(Placed lower, Placed higher, double gap, Double ratio) {
    }

    /** The smallest and largest number stated, and how many times larger the largest is. */
    public record Spread(long min, long max, Double ratio) {
    }

    /** The figures of one group of sources: the subject's own side, its adversary, or independents. */
    public record Group(List<String> sources, Long min, Long max) {
    }

    public record PartisanGap(Group self, Group adversary, Group independent, Double adversaryOverSelf,
                              Double independentOverSelf) {
    }

    public record Excluded(Candidate claim, String reason) {
    }
}
