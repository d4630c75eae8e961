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
import org.claimledger.common.Limits;
import org.claimledger.common.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
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
    private final Limits limits;

    TokenResource(TokenService tokens, Actor actor, Limits limits) {
        this.tokens = tokens;
        this.actor = actor;
        this.limits = limits;
    }

    @GET
    @Operation(operationId = "listTokens", summary = "List API tokens (without their secrets)",
            description = "Every token ever created, revoked ones included, oldest first.")
    public Page<TokenView> list(@RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return tokens.list(cursor, limits.pageSize(limit));
    }

    @POST
    @Operation(operationId = "createToken",
            summary = "Create an API token; the answer carries its secret, shown only this once",
            description = "Only a hash of the secret is stored: keep the token from this answer.")
    @APIResponse(responseCode = "201", description = "The token with its secret", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenView.class)))
    public Response create(@Valid @NotNull NewToken input) {
        TokenView created = tokens.create(input, actor.name());
        return Response.created(URI.create("/api/v1/tokens/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeToken",
            summary = "Revoke an API token; it stops working at once and stays listed as revoked",
            description = "What the token wrote stays attributed to it.")
    public TokenView revoke(UUID id) {
        return tokens.revoke(id, actor.name());
    }
}
