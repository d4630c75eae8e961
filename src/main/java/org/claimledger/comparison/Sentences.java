package org.claimledger.comparison;

import org.claimledger.comparison.Outcome.Conflict;
import org.claimledger.comparison.Outcome.Excluded;
import org.claimledger.comparison.Outcome.Placed;
import org.claimledger.comparison.Outcome.Verdict;

import java.util.List;
import java.util.Locale;

/** The comparison in one sentence a journalist could quote. */
final class Sentences {
    private Sentences() {
    }

    static String summary(Verdict verdict, List<Placed> figures, List<Conflict> conflicts, List<Excluded> excluded) {
        return switch (verdict) {
            case CONFLICTING -> conflict(conflicts.get(0));
            case CONSISTENT -> figures.size() + " sources give figures that can all be true at once.";
            case SINGLE -> "Only " + name(figures.get(0)) + " gives a figure for exactly this.";
            case NOT_COMPARABLE -> "No figure counts exactly this; " + excluded.size()
                    + (excluded.size() == 1 ? " claim counts" : " claims count") + " something else.";
        };
    }

    /** "Ministry of Defence of Azerbaijan (adversary) claims more than 1.49× what ... (self) reports." */
    static String conflict(Conflict c) {
        Interval high = c.higher().interval();
        String bound = high.unbounded() ? (high.lowerOpen() ? "more than " : "at least ") : "";
        String times = c.ratio() == null ? "a positive number where the other reports none"
                : bound + String.format(Locale.ROOT, "%.2f", c.ratio()).replaceAll("0+$", "").replaceAll("\\.$", "")
                + "× what " + name(c.lower()) + " reports";
        return name(c.higher()) + " claims " + times + ".";
    }

    private static String name(Placed p) {
        return p.claim().sourceName() + " (" + p.claim().relation().wire() + ")";
    }
}
