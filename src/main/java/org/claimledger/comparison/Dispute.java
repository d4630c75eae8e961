package org.claimledger.comparison;

import org.claimledger.comparison.Outcome.Fit;
import org.claimledger.comparison.Outcome.Verdict;
import org.claimledger.comparison.Outcome.Weighing;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How far a measure is in dispute, which orders the contested list: first measures with figures of
 * the same period that cannot both be true (tier 0), by their largest ratio; then those whose figures
 * hold together only if a part counted by a broader figure lies beyond every figure sources give for
 * it (tier 1), by how many times beyond. A null ratio (a positive count against zero) is the largest.
 * Measures whose figures agree, or differ only across time, are in no dispute.
 */
public record Dispute(int tier, Double ratio, String sentence) {

    /** The dispute of an outcome; null when it is in none. */
    public static Dispute of(Outcome o) {
        return of(o.verdict(), o.conflicts(), o.broader());
    }

    static Dispute of(Verdict verdict, List<Outcome.Conflict> conflicts, List<Outcome.Broader> broader) {
        return switch (verdict) {
            case CONFLICTING -> strongest(0, Stream.concat(
                    conflicts.stream().map(c -> new Dispute(0, c.ratio(), Sentences.conflict(c))),
                    weighed(broader, Fit.IMPOSSIBLE).map(w -> new Dispute(0, w.ratio(), w.sentence()))));
            case RESIDUAL_BEYOND_SOURCES -> strongest(1, Stream.concat(weighed(broader, Fit.EXCEEDS_SOURCES),
                    weighed(broader, Fit.BELOW_SOURCES)).map(w -> new Dispute(1, w.ratio(), w.sentence())));
            default -> null;
        };
    }

    private static Stream<Weighing> weighed(List<Outcome.Broader> broader, Fit fit) {
        return broader.stream().flatMap(b -> b.weighed().stream()).filter(w -> w.fit() == fit);
    }

    private static Dispute strongest(int tier, Stream<Dispute> disputes) {
        return disputes.max(Comparator.comparing(Dispute::ratio, Pairs.RATIO)).orElseThrow(
                () -> new IllegalStateException("tier " + tier + " without a pair"));
    }
}
