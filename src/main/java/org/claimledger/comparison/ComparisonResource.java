package org.claimledger.comparison;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.claimledger.common.Limits;
import org.claimledger.common.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.claimledger.common.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Operation(summary = "Compare every source's figure for one measure",
            description = "Figures are intervals (about n is n±tolerance, at least n is [n, ∞), ...); two conflict "
                    + "when their intervals do not overlap. Claims that count something else are listed under "
                    + "notComparable with the reason, never as conflicts.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "armenian-military-deaths",
            summary = "?subject=armenia&population=military&metric=killed", value = ApiExamples.COMPARISON)))
    public ComparisonView compare(@BeanParam ComparisonQuery query) {
        return comparisons.compare(query);
    }

    @GET
    @Path("contested")
    @Operation(summary = "Every measure with figures from two or more sources, most disputed first")
    public Page<ContestedView> contested(@RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return contested.list(cursor, limits.pageSize(limit));
    }

    @GET
    @Path("timeline")
    @Operation(summary = "Each source's figures for a measure over time")
    public TimelineView timeline(@BeanParam ComparisonQuery query) {
        return comparisons.timeline(query);
    }
}
