package org.claimledger.comparison;

import org.claimledger.party.PartyTree;
import org.claimledger.comparison.Outcome.Broader;
import org.claimledger.comparison.Outcome.Conflict;
import org.claimledger.comparison.Outcome.Excluded;
import org.claimledger.comparison.Outcome.Fit;
import org.claimledger.comparison.Outcome.Part;
import org.claimledger.comparison.Outcome.Placed;
import org.claimledger.comparison.Outcome.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts the figures of one measure side by side: leaves out what measures something else (with the
 * reason), keeps each source's latest figure, finds which figures cannot both be true at the same
 * time, and weighs figures that also count other parties against what sources say about those.
 * Plain Java: the rules are tested without a database.
 */
public final class MeasureComparator {
    public static final int DEFAULT_MAX_DAYS_APART = 30;

    private final double tolerance;
    private final int maxDaysApart;

    /** {@code tolerance}: how far "about n" reaches either side of n, as a fraction (0.1 = ±10%). */
    public MeasureComparator(double tolerance) {
        this(tolerance, DEFAULT_MAX_DAYS_APART);
    }

    /**
     * {@code maxDaysApart}: figures of a count that can fall (fighters deployed) dated further apart
     * than this disagree only across time, not in a conflict.
     */
    public MeasureComparator(double tolerance, int maxDaysApart) {
        if (tolerance < 0 || tolerance >= 1) {
            throw new IllegalArgumentException("tolerance must be in [0, 1)");
        }
        if (maxDaysApart < 0) {
            throw new IllegalArgumentException("maxDaysApart must not be negative");
        }
        this.tolerance = tolerance;
        this.maxDaysApart = maxDaysApart;
    }

    public Outcome compare(Measure measure, List<Candidate> candidates, PartyTree parties) {
        return compare(measure, candidates, parties, Map.of());
    }

    /**
     * {@code alsoCounted}: for each party that a broader figure counts besides the subject, the claims
     * about that party (as loaded for the subject; the ones of the same measure are used).
     */
    public Outcome compare(Measure measure, List<Candidate> candidates, PartyTree parties,
                           Map<String, List<Candidate>> alsoCounted) {
        List<Candidate> comparable = new ArrayList<>();
        List<Candidate> broaderClaims = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> reasons = Scope.differences(measure, c, parties);
            if (reasons.isEmpty()) {
                comparable.add(c);
            } else if (Scope.broader(measure, c, parties)) {
                broaderClaims.add(c);
            } else {
                excluded.add(new Excluded(c, String.join("; ", reasons)));
            }
        }
        List<Candidate> history = new ArrayList<>();
        List<Placed> figures = placed(latestPerSource(comparable, history, Candidate::source));
        Pairs.Split pairs = Pairs.of(figures, measure.metric().accumulates(), maxDaysApart);
        List<Broader> broader = broader(measure, broaderClaims, figures, parties, alsoCounted, excluded);
        Verdict verdict = verdict(figures, pairs, broader);
        String summary = summary(verdict, figures, pairs, broader, excluded);
        return new Outcome(verdict, figures, history, pairs.sameTime(), pairs.timeSeparated(), broader,
                Gaps.spread(figures), Gaps.partisan(figures), excluded, summary);
    }

    /** The parties any broader figure among the candidates counts besides the subject. */
    public static Set<String> alsoCounted(Measure measure, List<Candidate> candidates, PartyTree parties) {
        return candidates.stream().filter(c -> Scope.broader(measure, c, parties))
                .flatMap(c -> c.alsoCounts().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Interval interval(Candidate c) {
        return Interval.of(c.low(), c.high(), c.qualifier(), tolerance);
    }

    public int maxDaysApart() {
        return maxDaysApart;
    }

    private List<Placed> placed(List<Candidate> latest) {
        return latest.stream().map(c -> new Placed(c, interval(c)))
                .sorted(Comparator.comparingDouble((Placed p) -> p.interval().lower())
                        .thenComparing(p -> p.claim().source()))
                .toList();
    }

    /** Each source's latest broader figure, weighed; its earlier ones are listed as not comparable. */
    private List<Broader> broader(Measure measure, List<Candidate> claims, List<Placed> figures, PartyTree parties,
                                  Map<String, List<Candidate>> alsoCounted, List<Excluded> excluded) {
        List<Candidate> earlier = new ArrayList<>();
        List<Placed> latest = placed(latestPerSource(claims, earlier, c -> c.source() + "|" + c.alsoCounts()));
        earlier.forEach(c -> excluded.add(new Excluded(c, String.join("; ", Scope.differences(measure, c, parties))
                + "; an earlier figure of the same source")));
        Map<String, Part> parts = new LinkedHashMap<>();
        latest.stream().flatMap(b -> b.claim().alsoCounts().stream()).distinct().forEach(party -> {
            Measure theirs = measure.withSubject(party);
            List<Candidate> same = alsoCounted.getOrDefault(party, List.of()).stream()
                    .filter(c -> Scope.differences(theirs, c, parties).isEmpty()).toList();
            parts.put(party, BroaderFigures.part(party, placed(latestPerSource(same, new ArrayList<>(),
                    Candidate::source))));
        });
        return latest.stream().map(b -> BroaderFigures.weigh(measure, b,
                b.claim().alsoCounts().stream().map(parts::get).toList(), figures, maxDaysApart, parties)).toList();
    }

    /**
     * A source's latest figure: not superseded by a newer figure of its own (an explicit link), and
     * otherwise the one stated last. The others go to {@code history}.
     */
    static List<Candidate> latestPerSource(List<Candidate> comparable, List<Candidate> history,
                                           Function<Candidate, String> sourceOf) {
        Map<String, List<Candidate>> bySource = comparable.stream()
                .collect(Collectors.groupingBy(sourceOf, LinkedHashMap::new, Collectors.toList()));
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

    /** The first verdict that applies, in the order of {@link Verdict}. */
    private static Verdict verdict(List<Placed> figures, Pairs.Split pairs, List<Broader> broader) {
        Set<Fit> fits = broader.stream().flatMap(b -> b.weighed().stream()).map(Outcome.Weighing::fit)
                .collect(Collectors.toSet());
        if (figures.isEmpty()) {
            return Verdict.NOT_COMPARABLE;
        }
        if (!pairs.sameTime().isEmpty() || fits.contains(Fit.IMPOSSIBLE)) {
            return Verdict.CONFLICTING;
        }
        if (fits.contains(Fit.EXCEEDS_SOURCES) || fits.contains(Fit.BELOW_SOURCES)) {
            return Verdict.RESIDUAL_BEYOND_SOURCES;
        }
        if (fits.contains(Fit.UNCOUNTED)) {
            return Verdict.RESIDUAL_UNCOUNTED;
        }
        if (!pairs.timeSeparated().isEmpty() || fits.contains(Fit.TIME_SEPARATED)) {
            return Verdict.TIME_SEPARATED;
        }
        return sources(figures, broader) >= 2 ? Verdict.CONSISTENT : Verdict.SINGLE;
    }

    private static String summary(Verdict verdict, List<Placed> figures, Pairs.Split pairs, List<Broader> broader,
                                  List<Excluded> excluded) {
        return switch (verdict) {
            case CONFLICTING, RESIDUAL_BEYOND_SOURCES -> Dispute.of(verdict, pairs.sameTime(), broader).sentence();
            case RESIDUAL_UNCOUNTED -> weighed(broader, Fit.UNCOUNTED);
            case TIME_SEPARATED -> "No figures of the same period conflict. " + (pairs.timeSeparated().isEmpty()
                    ? weighed(broader, Fit.TIME_SEPARATED) : Sentences.timeSeparated(pairs.timeSeparated().get(0)));
            case CONSISTENT -> sources(figures, broader) + " sources give figures that can all be true at once.";
            case SINGLE -> "Only " + Sentences.name(figures.get(0)) + " gives a figure for exactly this.";
            case NOT_COMPARABLE -> "No figure counts exactly this; " + java.util.stream.Stream.of(
                    broader.isEmpty() ? null : broader.size() + (broader.size() == 1 ? " counts" : " count")
                            + " it together with other parties",
                    excluded.isEmpty() ? null : excluded.size() + (excluded.size() == 1 ? " claim counts"
                            : " claims count") + " something else").filter(java.util.Objects::nonNull)
                    .collect(Collectors.joining(", and ")) + ".";
        };
    }

    private static long sources(List<Placed> figures, List<Broader> broader) {
        return java.util.stream.Stream.concat(figures.stream(), broader.stream().map(Broader::figure))
                .map(p -> p.claim().source()).distinct().count();
    }

    private static String weighed(List<Broader> broader, Fit fit) {
        return broader.stream().flatMap(b -> b.weighed().stream()).filter(w -> w.fit() == fit).findFirst()
                .orElseThrow().sentence();
    }
}
