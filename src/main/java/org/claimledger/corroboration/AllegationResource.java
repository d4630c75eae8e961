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
@Tag(name = "Allegations", description = "Per incident or accusation: who accuses whom, who denies, who confirms independently")
public class AllegationResource {
    private final AllegationService allegations;
    private final Limits limits;

    AllegationResource(AllegationService allegations, Limits limits) {
        this.allegations = allegations;
        this.limits = limits;
    }

    @GET
    @Operation(operationId = "listAllegations", summary = "Allegations with the sources that assert, corroborate and deny them",
            description = "An allegation is a claim that accuses someone: it names a perpetrator and asserts. "
                    + "Allegations are grouped by incident: one item per incident with at least one accusation, "
                    + "holding the incident's accusations and its claims that deny; an accusation without an "
                    + "incident is an item of its own. Claims linked to an accusation by denies join its item as "
                    + "denials. Claims that accuse nobody (mines cleared, footage released, figures reported) are "
                    + "not allegations. Items come incidents first, by slug, then accusations without an incident, "
                    + "oldest first, paged by keyset. independentlyCorroboratedBy follows the rule of GET "
                    + "/api/v1/claims/{id}/corroboration: a lone accuser is never corroborated by itself.")
    public Page<AllegationView> list(@RestQuery @Parameter(description = "Incident slug", example = "barda-2020-10-28")
                                     String incident,
                                     @RestQuery @Parameter(description = "Full-text search over the incident's title "
                                             + "and location and its claims' statements, quotes and locations",
                                             example = "Barda") String q,
                                     @RestQuery("cursor") String cursor,
                                     @RestQuery("limit") @Parameter(description = "Items per page, 1 to 100 "
                                             + "(claimledger.limits.max-allegation-page-size; default 50): an "
                                             + "allegation carries every voice of its incident")
                                     Integer limit) {
        return allegations.list(incident, q, cursor, limits.allegationPageSize(limit));
    }
}
