package org.claimledger.link;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.common.http.Replies;
import org.claimledger.auth.Actor;
import org.claimledger.auth.Roles;
import org.claimledger.common.http.Etags;
import org.claimledger.common.Limits;
import org.claimledger.common.Page;
import org.claimledger.common.idempotency.IdempotencyKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/v1/claims/{id}/links")
@Tag(name = "Links", description = "How claims bear on each other: corroborates, contradicts, supersedes, derived-from, denies")
public class LinkResource {
    private final LinkService links;
    private final Limits limits;
    private final Actor actor;
    private final IdempotencyKeys idempotency;

    LinkResource(LinkService links, Limits limits, Actor actor, IdempotencyKeys idempotency) {
        this.links = links;
        this.limits = limits;
        this.actor = actor;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(operationId = "listClaimLinks", summary = "Links from and to a claim",
            description = "Every link that starts or ends at this claim, retracted ones included and marked so.")
    public Page<LinkView> list(UUID id, @RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return links.list(id, cursor, limits.pageSize(limit));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createClaimLink",
            summary = "Link this claim to another (editor). Idempotency-Key makes retries safe",
            description = "The link goes from this claim to the one named in the body. A request sent again with "
                    + "the same Idempotency-Key gets the first answer and writes nothing.")
    @APIResponse(responseCode = "201", description = "The link as stored", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    public Response create(UUID id, @Valid @NotNull NewLink input, @RestHeader("Idempotency-Key") String idempotencyKey) {
        Function<LinkView, Response> created = link -> Etags.tagged(Response.created(URI.create("/api/v1/claims/" + id
                + "/links/" + link.id())).entity(link), link.revision());
        return Replies.response(links.create(id, input, actor.name(), Replies.request(idempotencyKey, actor.tokenId(),
                "POST /api/v1/claims/" + id + "/links", () -> idempotency.fingerprintOf(input), created)), created);
    }

    @DELETE
    @Path("{linkId}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retractClaimLink",
            summary = "Retract a link (editor); needs If-Match and a reason. It stays listed, marked retracted",
            description = "Nothing is deleted: the link gets a new revision with status retracted and the reason.")
    @APIResponse(responseCode = "200", description = "The link, retracted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LinkView.class)))
    public Response retract(UUID id, UUID linkId, @RestHeader("If-Match") String ifMatch,
                            @RestQuery @Size(max = 500) String reason) {
        LinkView link = links.retract(id, linkId, ifMatch, reason, actor.name());
        return Etags.tagged(Response.ok(link), link.revision());
    }
}
