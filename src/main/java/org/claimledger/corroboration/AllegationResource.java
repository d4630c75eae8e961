package org.claimledger.corroboration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.claimledger.common.Limits;
import org.claimledger.common.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/allegations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allegations", description = "Per allegation: who asserts, who denies, who confirms independently")
public class AllegationResource {
    private final AllegationService allegations;
    private final Limits limits;

    AllegationResource(AllegationService allegations, Limits limits) {
        this.allegations = allegations;
        this.limits = limits;
    }

    @GET
    @Operation(summary = "Allegations with the sources that assert and deny them")
    public Page<AllegationView> list(@RestQuery @Parameter(description = "Incident slug", example = "barda-2020-10-28")
                                     String incident,
                                     @RestQuery @Parameter(description = "Full-text search", example = "Barda") String q,
                                     @RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return allegations.list(incident, q, cursor, limits.pageSize(limit));
    }
}
