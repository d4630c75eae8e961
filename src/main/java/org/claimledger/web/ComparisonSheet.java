package org.claimledger.web;

import org.claimledger.comparison.ComparisonView;
import org.claimledger.comparison.ComparisonView.BroaderView;
import org.claimledger.comparison.ComparisonView.FigureView;
import org.claimledger.comparison.TimelineView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the comparison page shows, built from the same ComparisonView and TimelineView as the API serves. */
record ComparisonSheet(String title, String pageUrl, String apiUrl, String verdict, String verdictLabel,
                       String summary, List<Conflict> conflicts, List<String> timeSeparated, List<Broader> broader,
                       IntervalChart chart, List<Row> rows, List<Row> history, List<Series> timeline,
                       List<Excluded> notComparable, String tolerance, int maxDaysApart) {

    /** One source's figure: who, on which side of the subject, in its own words, read as an interval. */
    /** {@code provenance}: "date inferred: ..." and the like (see {@link Words#provenance}); null when none. */
    record Row(String sourceName, String sourceUrl, String relation, String ownWords, String readAs,
               String statedOn, String provenance, String claimUrl) {
        static Row of(FigureView f, ClaimNotes notes) {
            return new Row(f.sourceName(), Links.source(f.source()), f.relation().wire(), IntervalChart.ownWords(f),
                    Words.interval(f.interval()), String.valueOf(f.statedOn()), notes.provenance(f.claimId()),
                    Links.claim(f.claimId()));
        }
    }

    record Conflict(String sentence, String gap, String lowerUrl, String higherUrl) {
    }

    record Series(String sourceName, String sourceUrl, String relation, List<Row> points) {
    }

    record Excluded(String sourceName, String sourceUrl, String text, String reason, String claimUrl) {
    }

    /**
     * A figure that also counts other parties: the figure, what it counts ({@code counts}), what sources
     * say about the others ({@code parts}, one line each), what that leaves for the subject alone, and
     * how each figure of the measure fares against it.
     */
    record Broader(Row row, String counts, List<String> parts, String implied, List<Weighing> weighed) {
    }

    record Weighing(String fit, String sentence, String claimUrl) {
    }

    /** {@code partyName}: a party's name from its slug; {@code notes}: the provenance of the claims shown. */
    static ComparisonSheet of(String title, ComparisonView c, TimelineView t, Map<String, String> sourceNames,
                              Function<String, String> partyName, ClaimNotes notes) {
        return new ComparisonSheet(title, Links.compare(c.measure()), Links.apiCompare(c.measure()),
                c.verdict().wire(), Verdicts.label(c.verdict()), c.summary(),
                c.conflicts().stream().map(k -> new Conflict(k.sentence(), "The gap between them is "
                        + Words.number(k.gap()) + ".", Links.claim(k.lowerClaim()), Links.claim(k.higherClaim())))
                        .toList(),
                c.timeSeparated().stream().map(ComparisonView.ConflictView::sentence).toList(),
                c.broader().stream().map(b -> broader(b, partyName.apply(c.measure().subject()), partyName, notes))
                        .toList(),
                chart(title, c, partyName), c.figures().stream().map(f -> Row.of(f, notes)).toList(),
                c.history().stream().map(f -> Row.of(f, notes)).toList(),
                t.series().stream().map(s -> new Series(s.sourceName(), Links.source(s.source()), s.relation().wire(),
                        s.points().stream().map(f -> Row.of(f, notes)).toList())).toList(),
                c.notComparable().stream().map(e -> new Excluded(sourceNames.getOrDefault(e.source(), e.source()),
                        Links.source(e.source()), e.text(), notes.withIncidentTitles(e.reason()),
                        Links.claim(e.claimId()))).toList(),
                Words.number(c.tolerance() * 100) + "%", c.maxDaysApart());
    }

    /** The figures, then each broader figure followed by the range it leaves for the subject alone. */
    private static IntervalChart chart(String title, ComparisonView c, Function<String, String> partyName) {
        List<IntervalChart.Line> lines = new ArrayList<>(c.figures().stream().map(IntervalChart.Line::of).toList());
        for (BroaderView b : c.broader()) {
            lines.add(IntervalChart.Line.broader(b.figure(), others(b, partyName)));
            if (b.implied() != null) {
                lines.add(IntervalChart.Line.implied(b.figure(), partyName.apply(c.measure().subject()), b.implied()));
            }
        }
        return IntervalChart.lines(title, lines);
    }

    private static Broader broader(BroaderView b, String subject, Function<String, String> partyName,
                                   ClaimNotes notes) {
        List<String> parts = b.parts().stream().map(p -> partyName.apply(p.party()) + ": " + (p.figures().isEmpty()
                ? "no source gives a figure." : p.figures().stream().map(f -> f.sourceName() + " says "
                + IntervalChart.ownWords(f) + " (" + dated(f, notes) + ")").collect(Collectors.joining("; ")) + "."))
                .toList();
        String implied = b.implied() == null ? "It leaves nothing for " + subject + " alone."
                : "Given those, it leaves for " + subject + " alone: " + Words.interval(b.implied()) + "."
                + (b.parts().stream().anyMatch(p -> p.range() != null && p.range().upper() == null)
                ? " A figure for " + others(b, partyName) + " has no upper bound, so interval logic alone rules out no"
                + " lower count; the weighing below sets what would be needed against the numbers sources state." : "");
        return new Broader(Row.of(b.figure(), notes), "counts " + subject + " together with " + others(b, partyName), parts,
                implied, b.weighed().stream().map(w -> new Weighing(w.fit().wire(), w.sentence(),
                Links.claim(w.claimId()))).toList());
    }

    /** "2020-12-03", or "2020-12-03; date inferred: ..." */
    private static String dated(FigureView f, ClaimNotes notes) {
        String note = notes.provenance(f.claimId());
        return f.statedOn() + (note == null ? "" : "; " + note);
    }

    /** Every claim the page shows, so their provenance is read at once. */
    static List<UUID> claimIds(ComparisonView c, TimelineView t) {
        List<UUID> ids = new ArrayList<>();
        c.figures().forEach(f -> ids.add(f.claimId()));
        c.history().forEach(f -> ids.add(f.claimId()));
        c.notComparable().forEach(e -> ids.add(e.claimId()));
        c.broader().forEach(b -> {
            ids.add(b.figure().claimId());
            b.parts().forEach(p -> p.figures().forEach(f -> ids.add(f.claimId())));
        });
        t.series().forEach(s -> s.points().forEach(f -> ids.add(f.claimId())));
        return ids;
    }

    private static String others(BroaderView b, Function<String, String> partyName) {
        return b.alsoCounts().stream().map(partyName).collect(Collectors.joining(" and "));
    }
}
