package org.claimledger.comparison;

import org.claimledger.party.Parties;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

@ApplicationScoped
public class ComparisonService {
    /** Large databases hold many subset figures for a measure; the first ones are enough to show what is left out. */
    static final int LISTED_NOT_COMPARABLE = 100;
    /** Ten years: beyond that no two figures of a war say anything about the same moment. */
    static final int MAX_DAYS_APART = 3650;

    private final CandidateLoader loader;
    private final ComparisonCache cache;
    private final double defaultTolerance;
    private final int defaultMaxDaysApart;

    ComparisonService(CandidateLoader loader, ComparisonCache cache,
                      @ConfigProperty(name = "claimledger.comparison.about-tolerance", defaultValue = "0.1")
                      double defaultTolerance,
                      @ConfigProperty(name = "claimledger.comparison.max-days-apart", defaultValue = "30")
                      int defaultMaxDaysApart) {
        this.loader = loader;
        this.cache = cache;
        this.defaultTolerance = defaultTolerance;
        this.defaultMaxDaysApart = defaultMaxDaysApart;
    }

    public ComparisonView compare(ComparisonQuery q) {
        return cached("comparison", q, () -> compare(q, Parties.load()));
    }

    private ComparisonView compare(ComparisonQuery q, Parties parties) {
        MeasureComparator comparator = comparator(q);
        Outcome outcome = outcome(q, parties, comparator);
        if (outcome == null) {
            throw new NotFound("claims for the measure", q.subject + " " + q.metric.wire());
        }
        return ComparisonView.of(q.measure(), outcome, comparator, tolerance(q));
    }

    /** The comparison of a measure with the default settings, or null when no claim bears on it. */
    /**
     * The outcomes of many measures with the default settings (those the contested ranking uses), in
     * their order; null where no claim bears on the measure. Measures whose candidates are the same claims
     * (one subject and metric, whatever the population, object, incident or period) share one read of them.
     */
    List<Outcome> outcomes(List<Measure> measures, Parties parties) {
        Map<CandidateLoader.Reads, List<Candidate>> read = new HashMap<>();
        Function<ComparisonQuery, List<Candidate>> load = q -> {
            CandidateLoader.Reads reads = CandidateLoader.Reads.of(q);
            List<Candidate> candidates = read.get(reads);
            if (candidates == null) {
                candidates = loader.load(q, parties);
                read.put(reads, candidates);
            }
            return candidates;
        };
        List<Outcome> outcomes = new ArrayList<>(measures.size());
        for (Measure measure : measures) {
            ComparisonQuery q = ComparisonQuery.of(measure);
            outcomes.add(outcome(q, parties, comparator(q), load));
        }
        return outcomes;
    }

    /** The settings the comparisons of the contested list are made with; they change, its ranking is redone. */
    String defaults() {
        return "tolerance=" + defaultTolerance + ";maxDaysApart=" + defaultMaxDaysApart;
    }

    private Outcome outcome(ComparisonQuery q, Parties parties, MeasureComparator comparator) {
        return outcome(q, parties, comparator, each -> loader.load(each, parties));
    }

    private Outcome outcome(ComparisonQuery q, Parties parties, MeasureComparator comparator,
                            Function<ComparisonQuery, List<Candidate>> load) {
        List<Candidate> candidates = load.apply(q);
        if (candidates.isEmpty()) {
            return null;
        }
        Measure measure = q.measure();
        Map<String, List<Candidate>> alsoCounted = new LinkedHashMap<>();
        for (String party : MeasureComparator.alsoCounted(measure, candidates, parties)) {
            alsoCounted.put(party, parties.exists(party) ? load.apply(q.about(party)) : List.of());
        }
        return comparator.compare(measure, candidates, parties, alsoCounted);
    }

    /** Each source's comparable figures in the order it stated them. */
    public TimelineView timeline(ComparisonQuery q) {
        return cached("timeline", q, () -> {
            Parties parties = Parties.load();
            return timeline(q, parties, loader.load(q, parties));
        });
    }

    /**
     * Answers as of now are kept until a write changes them (see {@link ComparisonCache}). knownAt answers
     * are computed every time: a moment still ahead, or just past, may yet gain revisions, and such
     * questions about the past are rare.
     */
    private <T> T cached(String kind, ComparisonQuery q, java.util.function.Supplier<T> compute) {
        if (q.knownAt != null || q.metric == null) {
            return compute.get();
        }
        String question = q.measure().query() + "&asOf=" + q.asOf + "&tolerance=" + tolerance(q)
                + "&maxDaysApart=" + maxDaysApart(q);
        return cache.get(new ComparisonCache.Key(kind, q.metric.wire(), question), compute);
    }

    private TimelineView timeline(ComparisonQuery q, Parties parties, List<Candidate> candidates) {
        MeasureComparator comparator = comparator(q);
        Measure measure = q.measure();
        Map<String, List<Candidate>> bySource = new LinkedHashMap<>();
        candidates.stream()
                .filter(c -> Scope.differences(measure, c, parties).isEmpty())
                .sorted(Comparator.comparing(Candidate::statedOn).thenComparingLong(Candidate::order))
                .forEach(c -> bySource.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c));
        return new TimelineView(measure, bySource.values().stream().map(points -> new TimelineView.Series(
                points.get(0).source(), points.get(0).sourceName(), points.get(0).relation(),
                points.stream().map(c -> ComparisonView.FigureView.of(c, comparator.interval(c))).toList())).toList());
    }

    private MeasureComparator comparator(ComparisonQuery q) {
        return new MeasureComparator(tolerance(q), maxDaysApart(q));
    }

    double tolerance(ComparisonQuery q) {
        double t = q.tolerance == null ? defaultTolerance : q.tolerance;
        if (t < 0 || t >= 1) {
            throw InvalidInput.of("tolerance", "must be at least 0 and below 1");
        }
        return t;
    }

    int maxDaysApart(ComparisonQuery q) {
        int days = q.maxDaysApart == null ? defaultMaxDaysApart : q.maxDaysApart;
        if (days < 0 || days > MAX_DAYS_APART) {
            throw InvalidInput.of("maxDaysApart", "must be a whole number of days from 0 to " + MAX_DAYS_APART);
        }
        return days;
    }
}
