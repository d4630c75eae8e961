package org.claimledger.comparison;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Timeline", description = "Each source's figures for one measure, in the order it stated them")
public record TimelineView(Measure measure, List<Series> series) implements org.claimledger.common.KeptAnswer {

    @Schema(name = "TimelineSeries")
    public record Series(@Schema(example = "sohr") String source, String sourceName, Relation relation,
                         List<ComparisonView.FigureView> points) {
    }
}
