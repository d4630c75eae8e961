package org.claimledger.ingest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.common.http.Replies;
import org.claimledger.auth.Actor;
import org.claimledger.auth.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.claimledger.common.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Load batches of parties, sources, claims and links: all or nothing")
public class ImportResource {
    static final String CSV = "text/csv";
    // JSON and CSV imports share a path and a method, so they are one operation of the document
    private static final String SUMMARY = "Import a batch (editor) in one transaction: JSON (parties, sources, "
            + "claims, links) or CSV (one claim per row); a retry with the same Idempotency-Key imports it once";
    private static final String DESCRIPTION = "All or nothing: one invalid record refuses the whole batch and "
            + "names it. Creating or changing sources or parties needs an admin token, as on their own endpoints "
            + "(403 otherwise, and nothing is imported); an editor may repeat them unchanged. The formats are those "
            + "of docs/dataset-format.md; GET /api/v1/dataset answers in the JSON one.";

    private final ImportService imports;
    private final Actor actor;

    ImportResource(ImportService imports, Actor actor) {
        this.imports = imports;
        this.actor = actor;
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importBatch", summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "201", description = "What the import did", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportBatch.class), examples = @ExampleObject(name = "one-claim",
            summary = "A party, a source and one claim", value = ApiExamples.IMPORT_BATCH)))
    public Response importJson(InputStream body, @RestHeader("Idempotency-Key") String idempotencyKey) {
        return run(body, idempotencyKey, MediaType.APPLICATION_JSON,
                (in, request) -> imports.importJson(in, actor.name(), actor.maySourcesAndParties(), request));
    }

    @POST
    @Blocking
    @Consumes(CSV)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importBatch", summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "201", description = "What the import did", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi
            .annotations.enums.SchemaType.STRING)))
    public Response importCsv(InputStream body, @RestHeader("Idempotency-Key") String idempotencyKey) {
        return run(body, idempotencyKey, CSV, (in, request) -> imports.importCsv(in, actor.name(), request));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "What one committed import did",
            description = "Who ran it, when, and how many records it created, updated or left unchanged.")
    public ImportRunView get(UUID id) {
        return imports.get(id);
    }

    private Response run(InputStream body, String key, String format, ImportService.Format importer) {
        Fingerprint fingerprint = new Fingerprint(body);
        return Replies.response(importer.run(fingerprint.stream(), Replies.request(key, actor.tokenId(),
                "POST /api/v1/imports " + format, fingerprint::digest, ImportResource::created)), ImportResource::created);
    }

    private static Response created(ImportReport report) {
        return Response.created(URI.create("/api/v1/imports/" + report.id())).entity(report).build();
    }
}
