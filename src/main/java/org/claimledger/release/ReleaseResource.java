package org.claimledger.release;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.auth.Actor;
import org.claimledger.auth.Roles;
import org.claimledger.common.Limits;
import org.claimledger.common.Page;
import org.claimledger.common.http.Etags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;

@Path("/api/v1/releases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Releases", description = "Named, unchanging snapshots of the dataset, to cite and to fetch byte for byte")
public class ReleaseResource {
    /** A release never changes: anyone may keep it for a year without asking again. */
    private static final CacheControl FOREVER = CacheControl.valueOf("public, max-age=31536000, immutable");

    private final Releases releases;
    private final Limits limits;
    private final Actor actor;

    ReleaseResource(Releases releases, Limits limits, Actor actor) {
        this.releases = releases;
        this.limits = limits;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listReleases", summary = "List releases, newest first",
            description = "Every release cut so far, newest first, keyset-paged like every list.")
    @APIResponse(responseCode = "200", description = "A page of releases")
    public Page<ReleaseView> list(@RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit) {
        return releases.list(cursor, limits.pageSize(limit));
    }

    @GET
    @Path("{version}")
    @Operation(operationId = "getRelease", summary = "One release: when it was cut, what it holds and the SHA-256 of its export",
            description = "A release never changes; cite its version, the address of its export and its sha256.")
    @APIResponse(responseCode = "200", description = "The release", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReleaseView.class)))
    public Response get(String version) {
        return Response.ok(releases.get(version)).cacheControl(FOREVER).build();
    }

    @GET
    @Path("{version}/export")
    @Operation(operationId = "exportRelease", summary = "The release's dataset export, byte for byte as it was cut",
            description = "The import format (as GET /api/v1/dataset), as the dataset was when the release was cut. "
                    + "Its SHA-256 is the release's sha256 and its strong ETag; Repr-Digest gives it too.")
    @APIResponse(responseCode = "200", description = "The export, as one import batch", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = org.claimledger.ingest.ImportBatch.class)))
    public Response export(String version, HttpHeaders headers) {
        ReleaseView release = releases.get(version);
        EntityTag tag = new EntityTag(release.sha256());
        Response unchanged = Etags.unchanged(headers, tag);
        if (unchanged != null) {
            return unchanged;
        }
        return Response.ok(releases.export(version), MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(FOREVER)
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of()
                        .parseHex(release.sha256())) + ":")
                .header("Content-Disposition", "attachment; filename=\"claimledger-" + version + ".json\"").build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "cutRelease", summary = "Cut a release of the dataset as it is now (admin)",
            description = "Keeps the dataset export of this instant as bytes, with its counts and SHA-256, under a new "
                    + "version (letters, digits, '.', '+' and '-', up to 64); a version is cut once (409 after).")
    @APIResponse(responseCode = "201", description = "The release cut", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleaseView.class)))
    public Response cut(@Valid @NotNull NewRelease input) {
        ReleaseView release = releases.cut(input, actor.name());
        return Response.created(URI.create("/api/v1/releases/" + release.version())).entity(release).build();
    }
}
