package org.claimledger.comparison;

import org.claimledger.comparison.Outcome.Conflict;
import org.claimledger.comparison.Outcome.Excluded;
import org.claimledger.comparison.Outcome.Placed;
import org.claimledger.comparison.Outcome.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Puts the figures of one measure side by side: leaves out what measures something else (with the
 * reason), keeps each source's latest figure, and finds which figures cannot both be true.
 * Plain Java: the rules are tested without a database.
 */
public final class MeasureComparator {
    private final double tolerance;

    /** {@code tolerance}: how far "about n" reaches either side of n, as a fraction (0.1 = ±10%). */
    public MeasureComparator(double tolerance) {
        if (tolerance < 0 || tolerance >= 1) {
            throw new IllegalArgumentException("tolerance must be in [0, 1)");
        }
        this.tolerance = tolerance;
    }

    public Outcome compare(Measure measure, List<Candidate> candidates, PartyTree parties) {
        List<Candidate> comparable = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> reasons = Scope.differences(measure, c, parties);
            if (reasons.isEmpty()) {
                comparable.add(c);
            } else {
                excluded.add(new Excluded(c, String.join("; ", reasons)));
            }
        }
        List<Candidate> history = new ArrayList<>();
        List<Placed> figures = latestPerSource(comparable, history).stream()
                .map(c -> new Placed(c, interval(c)))
                .sorted(Comparator.comparingDouble((Placed p) -> p.interval().lower())
                        .thenComparing(p -> p.claim().source()))
                .toList();
        List<Conflict> conflicts = conflicts(figures, measure.metric().cumulative());
        Verdict verdict = figures.isEmpty() ? Verdict.NOT_COMPARABLE : figures.size() == 1 ? Verdict.SINGLE
                : conflicts.isEmpty() ? Verdict.CONSISTENT : Verdict.CONFLICTING;
        return new Outcome(verdict, figures, history, conflicts, Gaps.spread(figures), Gaps.partisan(figures),
                excluded, Sentences.summary(verdict, figures, conflicts, excluded));
    }

    /** The day a figure counts up to: the end of its period, else the day it was stated. */
    static java.time.LocalDate asOf(Candidate c) {
        return c.asOf() != null ? c.asOf() : c.statedOn();
    }

    public Interval interval(Candidate c) {
        return Interval.of(c.low(), c.high(), c.qualifier(), tolerance);
    }

    /**
     * A source's latest figure: not superseded by a newer figure of its own (an explicit link), and
     * otherwise the one stated last. The others go to {@code history}.
     */
    static List<Candidate> latestPerSource(List<Candidate> comparable, List<Candidate> history) {
        Map<String, List<Candidate>> bySource = comparable.stream()
                .collect(Collectors.groupingBy(Candidate::source, LinkedHashMap::new, Collectors.toList()));
        List<Candidate> latest = new ArrayList<>();
        for (List<Candidate> own : bySource.values()) {
            Set<UUID> ids = own.stream().map(Candidate::id).collect(Collectors.toSet());
            Candidate pick = own.stream()
                    .filter(c -> c.supersededBy().stream().noneMatch(ids::contains))
                    .max(Comparator.comparing(Candidate::statedOn).thenComparingLong(Candidate::order))
                    .orElseGet(() -> own.stream().max(Comparator.comparing(Candidate::statedOn)
                            .thenComparingLong(Candidate::order)).orElseThrow());
            latest.add(pick);
            own.stream().filter(c -> c != pick).forEach(history::add);
        }
        history.sort(Comparator.comparing(Candidate::statedOn).thenComparingLong(Candidate::order));
        return latest;
    }

    /**
     * Every pair of figures whose intervals do not overlap, the lower one first; largest ratio first.
     * For a count that only grows, a lower figure for an earlier date is growth, not a conflict.
     */
    static List<Conflict> conflicts(List<Placed> figures, boolean cumulative) {
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Placed a = figures.get(i);
                Placed b = figures.get(j);
                if (a.interval().overlaps(b.interval())) {
                    continue;
                }
                Placed lower = a.interval().below(b.interval()) ? a : b;
                Placed higher = lower == a ? b : a;
                if (cumulative && asOf(lower.claim()).isBefore(asOf(higher.claim()))) {
                    continue;
                }
                double gap = higher.interval().lower() - lower.interval().upper();
                Double ratio = lower.interval().upper() > 0 ? higher.interval().lower() / lower.interval().upper() : null;
                conflicts.add(new Conflict(lower, higher, gap, ratio));
            }
        }
        conflicts.sort(Comparator.comparing((Conflict c) -> c.ratio() == null ? Double.MAX_VALUE : c.ratio())
                .reversed());
        return conflicts;
    }
}
