package org.claimledger.changes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.common.Limits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "What changed since a mirror last looked, in commit order")
public class ChangeResource {
    private final ChangeFeed feed;
    private final Limits limits;

    ChangeResource(ChangeFeed feed, Limits limits) {
        this.feed = feed;
        this.limits = limits;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Created, revised and retracted parties, sources, incidents, claims and links since a cursor",
            description = "In commit order, keyset-paged. Without since, from the beginning (the bundled dataset's "
                    + "load included). Keep nextCursor and pass it as since next time: it is never null. A change "
                    + "appears once every transaction that began before it has finished, so the feed may trail the "
                    + "latest writes by the length of the longest write in progress, and never skips one.")
    @APIResponse(responseCode = "200", description = "A page of changes, oldest first", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    public Response since(@RestQuery("since") @Parameter(description = "nextCursor of the previous page") String since,
                          @RestQuery("limit") Integer limit) {
        return Response.ok(feed.since(since, limits.pageSize(limit))).cacheControl(CacheControl.valueOf("no-cache"))
                .build();
    }
}
