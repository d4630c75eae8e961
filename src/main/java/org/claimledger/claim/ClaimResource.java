package org.claimledger.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.claimledger.common.http.PublicBaseUrl;
import org.claimledger.common.http.Downloads;
import org.claimledger.common.http.Replies;
import org.claimledger.auth.Actor;
import org.claimledger.auth.Roles;
import org.claimledger.common.http.Etags;
import org.claimledger.common.Limits;
import org.claimledger.common.Page;
import org.claimledger.common.idempotency.IdempotencyKeys;
import org.claimledger.revision.RevisionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.claimledger.common.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/v1/claims")
@Tag(name = "Claims", description = "Every figure and allegation, attributed to the source that made it")
public class ClaimResource {
    private final ClaimService claims;
    private final Limits limits;
    private final Actor actor;
    private final IdempotencyKeys idempotency;
    private final ClaimFormats exports;

    ClaimResource(ClaimService claims, Limits limits, Actor actor, IdempotencyKeys idempotency,
                  ClaimFormats exports) {
        this.claims = claims;
        this.limits = limits;
        this.actor = actor;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @GET
    @Operation(operationId = "listClaims", summary = "List claims, filtered, in a stable order (keyset pagination)",
            description = "Items are claim summaries (ClaimSummary: the claim without its citations, note, retraction "
                    + "reason and audit fields); with view=full each item is the whole claim, as GET "
                    + "/api/v1/claims/{id} gives it (schema Claim, which has every field of ClaimSummary and more: "
                    + "the page is declared once, as PageClaimSummary). With Accept: text/csv or application/ld+json the same list comes "
                    + "as CSV or as JSON-LD (see /api/v1/claims.csv and /api/v1/claims.jsonld).")
    @APIResponse(responseCode = "200", description = "A page of claims: summaries, or whole claims with view=full",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    implementation = ClaimListView.SummaryPage.class)))
    public Object list(@BeanParam ClaimFilter filter, @RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit,
                        @RestQuery("view") @Parameter(description = "summary (the default) or full: the whole claim, "
                                + "citations and audit fields included") ClaimListView view) {
        return claims.list(filter, cursor, limits.pageSize(limit), view == null ? ClaimListView.SUMMARY : view);
    }

    @GET
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response listCsv(@BeanParam ClaimFilter filter, @RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return Response.ok(Downloads.streamed(exports.csv(filter, cursor, limit))).build();
    }

    @GET
    @Produces(ClaimFormats.JSON_LD)
    @Operation(hidden = true)
    public Response listJsonLd(@BeanParam ClaimFilter filter, @RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit,
                               UriInfo uri) {
        return Response.ok(Downloads.streamed(exports.jsonLd(filter, cursor, limit, PublicBaseUrl.of(uri)))).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getClaim", summary = "Get a claim; with revision=N, the claim as it was at that revision",
            description = "Answers with an ETag naming the claim's revision; send it back as If-Match to revise or "
                    + "retract the claim. A retracted claim is still served, with status retracted.")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public Response get(UUID id, @RestQuery("revision") @Parameter(description = "An earlier revision number") Integer revision) {
        Claim claim = revision == null ? claims.get(id) : claims.get(id, revision);
        return Etags.tagged(Response.ok(ClaimView.of(claim)), claim.revision);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(operationId = "listClaimRevisions", summary = "Every revision of a claim, oldest first",
            description = "Who recorded each revision, when and why, and when a newer one replaced it; the last is "
                    + "the current claim. Paged like every list; GET /api/v1/claims/{id}?revision=N gives the claim "
                    + "as it was at revision N.")
    public Page<RevisionView> revisions(UUID id, @RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return claims.history(id, cursor, limits.pageSize(limit));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createClaim", summary = "Record a claim (editor). Idempotency-Key makes retries safe",
            description = "A request sent again with the same Idempotency-Key gets the first answer again "
                    + "(Idempotent-Replayed: true) and writes nothing; the same key with another body is a 422.")
    @APIResponse(responseCode = "201", description = "The claim as stored, at revision 1", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sohr-541",
            summary = "SOHR: at least 541 Syrian fighters killed", value = ApiExamples.NEW_CLAIM)))
    public Response create(@Valid @NotNull NewClaim input, @RestHeader("Idempotency-Key") String idempotencyKey) {
        return Replies.response(claims.create(input, actor.name(), Replies.request(idempotencyKey, actor.tokenId(),
                "POST /api/v1/claims", () -> idempotency.fingerprintOf(input), ClaimResource::created)),
                ClaimResource::created);
    }

    private static Response created(ClaimView claim) {
        return Etags.tagged(Response.created(URI.create("/api/v1/claims/" + claim.id())).entity(claim), claim.revision());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "reviseClaim",
            summary = "Revise a claim (editor); needs If-Match with its ETag. The old revision is kept",
            description = "The body replaces the claim's content; its revision number goes up by one and the "
                    + "revision it replaces stays readable. Without If-Match, 428; with a stale one, 412.")
    @APIResponse(responseCode = "200", description = "The claim at its new revision", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public Response update(UUID id, @Valid @NotNull NewClaim input, @RestHeader("If-Match") String ifMatch,
                           @RestQuery @Size(max = 500) @Parameter(description = "Why it changed") String reason) {
        ClaimView claim = claims.update(id, input, ifMatch, reason, actor.name());
        return Etags.tagged(Response.ok(claim), claim.revision());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "retractClaim",
            summary = "Retract a claim (editor); needs If-Match and a reason. It stays readable, marked retracted",
            description = "Nothing is deleted: the claim gets a new revision with status retracted and the reason, "
                    + "and leaves comparisons and active lists.")
    @APIResponse(responseCode = "200", description = "The claim, retracted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimView.class)))
    public Response retract(UUID id, @RestHeader("If-Match") String ifMatch,
                            @RestQuery @Size(max = 500) @Parameter(description = "Why it is retracted",
                                    required = true) String reason) {
        ClaimView claim = claims.retract(id, ifMatch, reason, actor.name());
        return Etags.tagged(Response.ok(claim), claim.revision());
    }
}
