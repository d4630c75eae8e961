package org.claimledger.party;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/v1/parties")
@Tag(name = "Parties", description = "Sides and actors of a conflict")
public class PartyResource {
    private final PartyService parties;
    private final Limits limits;
    private final Actor actor;

    PartyResource(PartyService parties, Limits limits, Actor actor) {
        this.parties = parties;
        this.limits = limits;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listParties", summary = "List parties, ordered by slug",
            description = "Sides and actors, each with the party it is part of or backs, if any.")
    public Page<PartyView> list(@RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return parties.list(cursor, limits.pageSize(limit));
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getParty", summary = "Get one party by its slug",
            description = "Answers with an ETag naming its revision" + ".")
    @APIResponse(responseCode = "200", description = "The party", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartyView.class)))
    public Response get(String slug) {
        Party party = parties.get(slug);
        return Etags.tagged(Response.ok(PartyView.of(party)), party.revision);
    }

    @POST
    @RolesAllowed(Roles.SOURCES_AND_PARTIES)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "createParty", summary = "Create a party (admin)",
            description = "Its slug is its identifier for good; a slug that exists already is a 409.")
    @APIResponse(responseCode = "201", description = "The party as stored", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartyView.class)))
    public Response create(@Valid @NotNull NewParty input) {
        PartyView party = parties.create(input, actor.name());
        return Etags.tagged(Response.created(URI.create("/api/v1/parties/" + party.slug())).entity(party),
                party.revision());
    }
}
