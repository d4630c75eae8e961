package org.claimledger.claim;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "What a figure can count, and whether that count only accumulates")
public class MetricResource {
    private static final List<MetricView> ALL = Arrays.stream(Metric.values())
            .map(m -> new MetricView(m, m.accumulates(), m.meaning())).toList();

    @Schema(name = "MetricInfo")
    public record MetricView(@Schema(example = "killed") Metric metric,
                             @Schema(description = "True when the count only grows as a war goes on, so a lower "
                                     + "figure for an earlier date is growth, not a conflict; false when it can also "
                                     + "fall, so figures dated far apart may both have been true") boolean accumulates,
                             @Schema(example = "people killed") String meaning) {
    }

    @GET
    @Operation(operationId = "listMetrics", summary = "Every metric a claim can count",
            description = "Whether each count only accumulates (killed, destroyed, ...) or can rise and fall "
                    + "(deployed, displaced, missing, captured, ...). Comparisons read a lower figure for an earlier "
                    + "date of an accumulating count as growth, and report figures of a count that can fall as "
                    + "time-separated when their dates lie more than maxDaysApart apart.")
    public List<MetricView> list() {
        return ALL;
    }
}
