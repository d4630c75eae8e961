package org.claimledger.comparison;

import org.claimledger.comparison.Outcome.Conflict;
import org.claimledger.comparison.Outcome.Placed;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pairs of figures that cannot both be true, and which of them say something about the same
 * time. A count that only accumulates (the dead) can be compared across any stretch of time, as long
 * as the lower figure is not simply the earlier one; a count that rises and falls (fighters deployed,
 * people displaced) cannot: 430 fighters on 5 October and more than 2,580 on 3 December may both be
 * true.
 */
final class Pairs {
    /** {@code sameTime}: the conflicts; {@code timeSeparated}: pairs too far apart in time to say so. */
    record Split(List<Conflict> sameTime, List<Conflict> timeSeparated) {
    }

    private Pairs() {
    }

    /** Days between the days two figures count up to. */
    static long days(Candidate a, Candidate b) {
        return Math.abs(ChronoUnit.DAYS.between(a.countsTo(), b.countsTo()));
    }

    /**
     * Every pair whose intervals do not overlap, the lower one first, largest ratio first, split by
     * time. For a count that only grows, a lower figure for an earlier date is growth, not a conflict.
     */
    static Split of(List<Placed> figures, boolean accumulates, int maxDaysApart) {
        List<Conflict> sameTime = new ArrayList<>();
        List<Conflict> apart = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Placed a = figures.get(i);
                Placed b = figures.get(j);
                if (a.interval().overlaps(b.interval())) {
                    continue;
                }
                Placed lower = a.interval().below(b.interval()) ? a : b;
                Placed higher = lower == a ? b : a;
                if (accumulates && lower.claim().countsTo().isBefore(higher.claim().countsTo())) {
                    continue;
                }
                double gap = higher.interval().lower() - lower.interval().upper();
                Double ratio = lower.interval().upper() > 0 ? higher.interval().lower() / lower.interval().upper() : null;
                long days = days(lower.claim(), higher.claim());
                Conflict conflict = new Conflict(lower, higher, gap, ratio, days);
                (!accumulates && days > maxDaysApart ? apart : sameTime).add(conflict);
            }
        }
        sameTime.sort(LARGEST_RATIO_FIRST);
        apart.sort(LARGEST_RATIO_FIRST);
        return new Split(sameTime, apart);
    }

    /** A ratio of null (a positive count against zero) is larger than any. */
    static final Comparator<Double> RATIO = Comparator.nullsLast(Comparator.<Double>naturalOrder());

    private static final Comparator<Conflict> LARGEST_RATIO_FIRST = Comparator.comparing(Conflict::ratio, RATIO)
            .reversed();
}
