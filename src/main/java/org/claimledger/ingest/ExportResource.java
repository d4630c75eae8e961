package org.claimledger.ingest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.claimledger.common.http.PublicBaseUrl;
import org.claimledger.common.http.Downloads;
import org.claimledger.common.http.Etags;
import org.claimledger.claim.ClaimFormats;
import org.claimledger.claim.ClaimFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.function.Supplier;

/** Downloads: the claim list as CSV or JSON-LD files, and the whole dataset in the import format. */
@Path("/api/v1")
@Tag(name = "Exports", description = "Claims as CSV or JSON-LD (schema.org Claim); the dataset in the import format")
public class ExportResource {
    private final ClaimExports claims;
    private final DatasetExport dataset;
    private final DatasetVersion version;

    ExportResource(ClaimExports claims, DatasetExport dataset, DatasetVersion version) {
        this.claims = claims;
        this.dataset = dataset;
        this.version = version;
    }

    /**
     * An export's tag: the dataset's version and the request (path, filters, format, base of its links).
     * A repeated download of an unchanged dataset is answered 304 before a snapshot is taken.
     */
    static Response conditional(DatasetVersion version, UriInfo uri, HttpHeaders headers, String base,
                                Supplier<Response.ResponseBuilder> build) {
        EntityTag tag = Etags.of(version.current(), uri.getRequestUri().getRawPath(), uri.getRequestUri().getRawQuery(),
                headers.getAcceptableMediaTypes(), base);
        Response unchanged = Etags.unchanged(headers, tag);
        return unchanged != null ? unchanged : build.get().tag(tag).cacheControl(CacheControl.valueOf("no-cache")).build();
    }

    @GET
    @Path("claims.csv")
    @Produces(ImportResource.CSV)
    @Operation(operationId = "exportClaimsCsv",
            summary = "Claims as CSV (same filters as GET /api/v1/claims; every match unless limit is given)",
            description = "One claim per row, in the columns of the CSV import, streamed as a download.")
    @APIResponse(responseCode = "200", description = "The claims, one per row", content = @Content(
            mediaType = ImportResource.CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
            .enums.SchemaType.STRING)))
    public Response csv(@BeanParam ClaimFilter filter, @RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit,
                        UriInfo uri, HttpHeaders headers) {
        return conditional(version, uri, headers, null, () -> Response.ok(Downloads.streamed(claims.csv(filter, cursor, limit)))
                .header("Content-Disposition", "attachment; filename=\"claims.csv\""));
    }

    @GET
    @Path("claims.jsonld")
    @Produces({ClaimFormats.JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportClaimsJsonLd",
            summary = "Claims as JSON-LD schema.org Claim, with author, datePublished and appearance",
            description = "A JSON-LD document whose @graph holds one schema.org Claim per claim, streamed.")
    @APIResponse(responseCode = "200", description = "The claims as a JSON-LD graph", content = {
            @Content(mediaType = ClaimFormats.JSON_LD, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.OBJECT))})
    public Response jsonLd(@BeanParam ClaimFilter filter, @RestQuery("cursor") String cursor, @RestQuery("limit") Integer limit,
                           UriInfo uri, HttpHeaders headers) {
        String base = PublicBaseUrl.of(uri);
        return conditional(version, uri, headers, base,
                () -> Response.ok(Downloads.streamed(claims.jsonLd(filter, cursor, limit, base))));
    }

    @GET
    @Path("dataset")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportDataset",
            summary = "The whole current dataset in the import format: parties, sources, active claims and links",
            description = "One consistent snapshot, streamed; POST it to /api/v1/imports of another instance to copy "
                    + "the data.")
    @APIResponse(responseCode = "200", description = "The dataset, as one import batch", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportBatch.class)))
    public Response dataset(UriInfo uri, HttpHeaders headers) {
        return conditional(version, uri, headers, null, () -> Response.ok(Downloads.streamed(dataset.stream()))
                .header("Content-Disposition", "attachment; filename=\"claimledger-dataset.json\""));
    }
}
