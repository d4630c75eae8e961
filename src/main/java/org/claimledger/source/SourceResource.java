package org.claimledger.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.auth.Actor;
import org.claimledger.auth.Roles;
import org.claimledger.common.http.Etags;
import org.claimledger.common.Limits;
import org.claimledger.common.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/v1/sources")
@Tag(name = "Sources", description = "Who speaks: ministries, monitors, OSINT groups, media, people")
public class SourceResource {
    private final SourceService sources;
    private final Limits limits;
    private final Actor actor;

    SourceResource(SourceService sources, Limits limits, Actor actor) {
        this.sources = sources;
        this.limits = limits;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources, ordered by slug",
            description = "Each source with its kind and the party it speaks for, if any; filter by kind or party.")
    public Page<SourceView> list(@RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit,
                                 @RestQuery("kind") SourceKind kind, @RestQuery String party) {
        return sources.list(cursor, limits.pageSize(limit), kind, party);
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getSource", summary = "Get one source by its slug",
            description = "Answers with an ETag naming its revision" + ", to send back as If-Match when updating it.")
    @APIResponse(responseCode = "200", description = "The source", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    public Response get(String slug) {
        Source source = sources.get(slug);
        return Etags.tagged(Response.ok(SourceView.of(source)), source.revision);
    }

    @POST
    @RolesAllowed(Roles.SOURCES_AND_PARTIES)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createSource", summary = "Create a source (admin)",
            description = "Its slug is its identifier for good; a slug that exists already is a 409.")
    @APIResponse(responseCode = "201", description = "The source as stored", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    public Response create(@Valid @NotNull NewSource input) {
        SourceView created = sources.create(input, actor.name());
        return Response.created(URI.create("/api/v1/sources/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.SOURCES_AND_PARTIES)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateSource",
            summary = "Update a source (admin); needs If-Match with its current ETag, keeps the old revision",
            description = "The body replaces the source's content; the revision it replaces stays readable. Without "
                    + "If-Match, 428; with a stale one, 412.")
    @APIResponse(responseCode = "200", description = "The source at its new revision", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    public Response update(String slug, @Valid @NotNull NewSource input, @RestHeader("If-Match") String ifMatch,
                           @RestQuery String reason) {
        SourceView source = sources.update(slug, input, ifMatch, reason, actor.name());
        return Etags.tagged(Response.ok(source), source.revision());
    }
}
