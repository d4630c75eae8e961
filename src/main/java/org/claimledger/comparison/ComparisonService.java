package org.claimledger.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

@ApplicationScoped
public class ComparisonService {
    /** Large databases hold many subset figures for a measure; the first ones are enough to show what is left out. */
    static final int LISTED_NOT_COMPARABLE = 100;

    private final CandidateLoader loader;
    private final double defaultTolerance;

    ComparisonService(CandidateLoader loader,
                      @ConfigProperty(name = "claimledger.comparison.about-tolerance", defaultValue = "0.1")
                      double defaultTolerance) {
        this.loader = loader;
        this.defaultTolerance = defaultTolerance;
    }

    public ComparisonView compare(ComparisonQuery q) {
        ComparisonView view = compare(q, Parties.load());
        if (view == null) {
            throw new NotFound("claims for the measure", q.subject + " " + q.metric.wire());
        }
        return view;
    }

    /** The comparison of a measure, or null when no claim bears on it. */
    ComparisonView compare(ComparisonQuery q, Parties parties) {
        double tolerance = tolerance(q);
        List<Candidate> candidates = loader.load(q, parties);
        if (candidates.isEmpty()) {
            return null;
        }
        MeasureComparator comparator = new MeasureComparator(tolerance);
        return view(q.measure(), comparator.compare(q.measure(), candidates, parties), comparator, tolerance);
    }

    /** Each source's comparable figures in the order it stated them. */
    public TimelineView timeline(ComparisonQuery q) {
        MeasureComparator comparator = new MeasureComparator(tolerance(q));
        Parties parties = Parties.load();
        Measure measure = q.measure();
        java.util.Map<String, List<Candidate>> bySource = new java.util.LinkedHashMap<>();
        loader.load(q, parties).stream()
                .filter(c -> Scope.differences(measure, c, parties).isEmpty())
                .sorted(java.util.Comparator.comparing(Candidate::statedOn).thenComparingLong(Candidate::order))
                .forEach(c -> bySource.computeIfAbsent(c.source(), s -> new java.util.ArrayList<>()).add(c));
        return new TimelineView(measure, bySource.values().stream().map(points -> new TimelineView.Series(
                points.get(0).source(), points.get(0).sourceName(), points.get(0).relation(),
                points.stream().map(c -> ComparisonView.FigureView.of(c, comparator.interval(c))).toList())).toList());
    }

    static ComparisonView view(Measure measure, Outcome o, MeasureComparator comparator, double tolerance) {
        return new ComparisonView(measure, o.verdict(), o.summary(),
                o.figures().stream().map(p -> ComparisonView.FigureView.of(p.claim(), p.interval())).toList(),
                o.conflicts().stream().map(c -> new ComparisonView.ConflictView(c.lower().claim().source(),
                        c.lower().claim().id(), c.higher().claim().source(), c.higher().claim().id(), c.gap(),
                        c.ratio() == null ? null : Math.round(c.ratio() * 1000) / 1000.0,
                        Sentences.conflict(c))).toList(),
                o.spread(), o.partisanGap(),
                o.notComparable().stream().limit(LISTED_NOT_COMPARABLE).map(e -> new ComparisonView.ExcludedView(
                        e.claim().id(), e.claim().source(), e.claim().text(), e.reason())).toList(),
                o.notComparable().size(),
                o.history().stream().map(c -> ComparisonView.FigureView.of(c, comparator.interval(c))).toList(),
                tolerance);
    }

    double tolerance(ComparisonQuery q) {
        double t = q.tolerance == null ? defaultTolerance : q.tolerance;
        if (t < 0 || t >= 1) {
            throw InvalidInput.of("tolerance", "must be at least 0 and below 1");
        }
        return t;
    }
}
