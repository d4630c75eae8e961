package org.claimledger.comparison;

import org.claimledger.comparison.Outcome.Group;
import org.claimledger.comparison.Outcome.PartisanGap;
import org.claimledger.comparison.Outcome.Placed;
import org.claimledger.comparison.Outcome.Spread;

import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.stream.LongStream;

/** How far apart the figures are, overall and between who is speaking about whom. */
final class Gaps {
    private Gaps() {
    }

    /** The numbers the sources stated (both ends of a range), not the tolerance-widened intervals. */
    static LongStream stated(Placed p) {
        return LongStream.concat(p.claim().low() == null ? LongStream.empty() : LongStream.of(p.claim().low()),
                p.claim().high() == null || p.claim().high().equals(p.claim().low()) ? LongStream.empty()
                        : LongStream.of(p.claim().high()));
    }

    static Spread spread(List<Placed> figures) {
        LongSummaryStatistics stats = figures.stream().flatMapToLong(Gaps::stated).summaryStatistics();
        if (stats.getCount() == 0) {
            return null;
        }
        return new Spread(stats.getMin(), stats.getMax(), ratio(stats.getMax(), stats.getMin()));
    }

    /**
     * What the subject's own side says against what its adversary and independent sources say: the
     * adversary's lowest figure over the side's lowest (sides tend to understate their own losses),
     * and the same for independents.
     */
    static PartisanGap partisan(List<Placed> figures) {
        Group self = group(figures, Relation.SELF);
        Group adversary = group(figures, Relation.ADVERSARY);
        Group independent = group(figures, Relation.INDEPENDENT);
        return new PartisanGap(self, adversary, independent, lowestOver(adversary, self), lowestOver(independent, self));
    }

    private static Group group(List<Placed> figures, Relation relation) {
        List<Placed> members = figures.stream().filter(p -> p.claim().relation() == relation).toList();
        if (members.isEmpty()) {
            return null;
        }
        LongSummaryStatistics stats = members.stream().flatMapToLong(Gaps::stated).summaryStatistics();
        return new Group(members.stream().map(p -> p.claim().source()).toList(),
                stats.getCount() == 0 ? null : stats.getMin(), stats.getCount() == 0 ? null : stats.getMax());
    }

    private static Double lowestOver(Group numerator, Group denominator) {
        if (numerator == null || denominator == null || numerator.min() == null || denominator.min() == null) {
            return null;
        }
        return ratio(numerator.min(), denominator.min());
    }

    static Double ratio(long larger, long smaller) {
        return smaller == 0 ? null : Math.round(1000.0 * larger / smaller) / 1000.0;
    }
}
