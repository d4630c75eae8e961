package org.claimledger.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
@Path("/api/v1/incidents")
@Tag(name = "Incidents", description = "What happened where and when: the shelling of a town, a strike, a video")
public class IncidentResource {
    private final IncidentService incidents;
    private final Limits limits;
    private final Actor actor;

    IncidentResource(IncidentService incidents, Limits limits, Actor actor) {
        this.incidents = incidents;
        this.limits = limits;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listIncidents", summary = "List incidents, ordered by slug",
            description = "What happened where and when, each with a human title; claims name incidents by slug.")
    public Page<IncidentView> list(@RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return incidents.list(cursor, limits.pageSize(limit));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getIncident", summary = "Get one incident by its slug",
            description = "Answers with an ETag naming its revision" + ", to send back as If-Match when updating it.")
    @APIResponse(responseCode = "200", description = "The incident", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    public Response get(String slug) {
        Incident incident = incidents.get(slug);
        return Etags.tagged(Response.ok(IncidentView.of(incident)), incident.revision);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createIncident", summary = "Create an incident (editor)",
            description = "Its slug is its identifier for good; a slug that exists already is a 409.")
    @APIResponse(responseCode = "201", description = "The incident as stored", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    public Response create(@Valid @NotNull NewIncident input) {
        IncidentView created = incidents.create(input, actor.name());
        return Etags.tagged(Response.created(URI.create("/api/v1/incidents/" + created.slug())).entity(created),
                created.revision());
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "updateIncident",
            summary = "Update an incident (editor); needs If-Match with its current ETag, keeps the old revision",
            description = "The body replaces the incident's content; the revision it replaces stays readable. Without "
                    + "If-Match, 428; with a stale one, 412.")
    @APIResponse(responseCode = "200", description = "The incident at its new revision", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    public Response update(String slug, @Valid @NotNull NewIncident input, @RestHeader("If-Match") String ifMatch,
                           @RestQuery String reason) {
        IncidentView incident = incidents.update(slug, input, ifMatch, reason, actor.name());
        return Etags.tagged(Response.ok(incident), incident.revision());
    }
}
