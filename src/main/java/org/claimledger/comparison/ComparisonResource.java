package org.claimledger.comparison;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.claimledger.common.Limits;
import org.claimledger.common.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.claimledger.common.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/comparisons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparisons", description = "Who says what about the same measure, where they disagree and by how much")
public class ComparisonResource {
    private final ComparisonService comparisons;
    private final ContestedMeasures contested;
    private final Limits limits;

    ComparisonResource(ComparisonService comparisons, ContestedMeasures contested, Limits limits) {
        this.comparisons = comparisons;
        this.contested = contested;
        this.limits = limits;
    }

    @GET
    @Operation(operationId = "compareMeasure", summary = "Compare every source's figure for one measure",
            description = "Figures are intervals (about n is n±tolerance, at least n is [n, ∞), ...); two conflict "
                    + "when their intervals do not overlap, unless the count only accumulates and the lower figure "
                    + "counts to an earlier day (growth), or the count can rise and fall and their dates lie more "
                    + "than maxDaysApart days apart (then they are listed under timeSeparated with the days between "
                    + "them, and do not make the verdict conflicting). A figure that counts the subject together "
                    + "with other parties (alsoCounts) and is otherwise of the same measure is listed under broader "
                    + "and weighed: what sources say about those parties for the same population, metric and period "
                    + "gives the range it leaves for the subject alone, and for each figure of the measure what the "
                    + "other parties would have to account for, set against the highest figure any source states "
                    + "for them. Other claims that count something else are listed under notComparable with the "
                    + "reason, never as conflicts.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "The comparison", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonView.class), examples = {
            @ExampleObject(name = "armenian-military-deaths", summary = "?subject=armenia&population=military"
                    + "&metric=killed", value = ApiExamples.COMPARISON),
            @ExampleObject(name = "azerbaijani-military-deaths", summary = "?subject=azerbaijan&population=military"
                    + "&metric=killed: a broader figure weighed", value = ApiExamples.COMPARISON_BROADER)}))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "404",
            description = "No claim bears on this measure", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public ComparisonView compare(@BeanParam ComparisonQuery query) {
        return comparisons.compare(query);
    }

    @GET
    @Path("contested")
    @Operation(operationId = "listContestedMeasures", summary = "The measures in dispute, most disputed first",
            description = "Only measures in dispute are listed. First those whose verdict is conflicting (figures of "
                    + "the same period that cannot both be true, or a figure above a broader one that includes it), "
                    + "by their largest ratio; then those whose verdict is residual-beyond-sources, by how many times "
                    + "the part a broader figure also counts would have to exceed the highest figure any source gives "
                    + "for it. A null disagreement (a positive count against zero) ranks first in its group. Measures "
                    + "whose figures are consistent, differ only across time (time-separated), rest on a part no "
                    + "source counts (residual-uncounted) or have one source are not listed. Computed with the "
                    + "default tolerance and maxDaysApart. The ranking is kept in a summary that every write marks "
                    + "for recomputation; pending says how many measures are still waiting for it.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContestedPage.class)))
    public ContestedPage contested(@RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return contested.list(cursor, limits.pageSize(limit));
    }

    @GET
    @Path("timeline")
    @Operation(operationId = "getMeasureTimeline", summary = "Each source's figures for a measure over time",
            description = "The same measure and filters as GET /api/v1/comparisons, as one series of figures per "
                    + "source ordered by date, to show how each source's count moved during the war.")
    public TimelineView timeline(@BeanParam ComparisonQuery query) {
        return comparisons.timeline(query);
    }
}
