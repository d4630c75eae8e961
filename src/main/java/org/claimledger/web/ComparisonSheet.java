package org.claimledger.web;

import org.claimledger.comparison.ComparisonView;
import org.claimledger.comparison.ComparisonView.FigureView;
import org.claimledger.comparison.TimelineView;

import java.util.List;
import java.util.Map;

/** What the comparison page shows, built from the same ComparisonView and TimelineView as the API serves. */
record ComparisonSheet(String title, String pageUrl, String apiUrl, String verdict, String verdictLabel,
                       String summary, List<Conflict> conflicts, IntervalChart chart, List<Row> rows,
                       List<Row> history, List<Series> timeline, List<Excluded> notComparable,
                       String tolerance) {

    /** One source's figure: who, on which side of the subject, in its own words, read as an interval. */
    record Row(String sourceName, String sourceUrl, String relation, String ownWords, String readAs,
               String statedOn, String claimUrl) {
        static Row of(FigureView f) {
            return new Row(f.sourceName(), Links.source(f.source()), f.relation().wire(), IntervalChart.ownWords(f),
                    Words.interval(f.interval()), String.valueOf(f.statedOn()), Links.claim(f.claimId()));
        }
    }

    record Conflict(String sentence, String gap, String lowerUrl, String higherUrl) {
    }

    record Series(String sourceName, String sourceUrl, String relation, List<Row> points) {
    }

    record Excluded(String sourceName, String sourceUrl, String text, String reason, String claimUrl) {
    }

    static ComparisonSheet of(String title, ComparisonView c, TimelineView t, Map<String, String> sourceNames) {
        return new ComparisonSheet(title, Links.compare(c.measure()), Links.apiCompare(c.measure()),
                c.verdict().wire(), Verdicts.label(c.verdict()), c.summary(),
                c.conflicts().stream().map(k -> new Conflict(k.sentence(), "The gap between them is "
                        + Words.number(k.gap()) + ".", Links.claim(k.lowerClaim()), Links.claim(k.higherClaim())))
                        .toList(),
                IntervalChart.of(title, c.figures()), c.figures().stream().map(Row::of).toList(),
                c.history().stream().map(Row::of).toList(),
                t.series().stream().map(s -> new Series(s.sourceName(), Links.source(s.source()), s.relation().wire(),
                        s.points().stream().map(Row::of).toList())).toList(),
                c.notComparable().stream().map(e -> new Excluded(sourceNames.getOrDefault(e.source(), e.source()),
                        Links.source(e.source()), e.text(), e.reason(), Links.claim(e.claimId()))).toList(),
                Words.number(c.tolerance() * 100) + "%");
    }
}
