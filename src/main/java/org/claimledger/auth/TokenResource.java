package org.claimledger.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/api/v1/tokens")
@Tag(name = "Tokens", description = "API tokens for writes (admin only)")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
public class TokenResource {
    private final TokenService tokens;
    private final Actor actor;

    TokenResource(TokenService tokens, Actor actor) {
        this.tokens = tokens;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "List API tokens (without their secrets)")
    public List<TokenView> list() {
        return tokens.list();
    }

    @POST
    @Operation(summary = "Create an API token; the answer carries its secret, shown only this once")
    public Response create(@Valid @NotNull NewToken input) {
        TokenView created = tokens.create(input, actor.name());
        return Response.created(URI.create("/api/v1/tokens/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API token; it stops working at once and stays listed as revoked")
    public TokenView revoke(UUID id) {
        return tokens.revoke(id, actor.name());
    }
}
