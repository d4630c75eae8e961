package org.claimledger.corroboration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.claimledger.common.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Path("/api/v1/claims/{id}/corroboration")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Corroboration", description = "Independent confirmation, circular reporting, contradictions and denials")
public class CorroborationResource {
    private final CorroborationService corroborations;

    CorroborationResource(CorroborationService corroborations) {
        this.corroborations = corroborations;
    }

    @GET
    @Operation(operationId = "getCorroboration", summary = "Who confirms a claim independently, who only repeats it, who contradicts or denies it",
            description = "A confirmation counts when it comes from another source, not on the same side, that "
                    + "does not repeat the claim through derived-from links (however long the chain) and that the "
                    + "claim does not repeat. Status: corroborated, contested (contradicted), denied or single-source.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "Who confirms, repeats, contradicts or denies the claim", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorroborationView.class),
            examples = @ExampleObject(name = "hrw-barda",
            summary = "HRW on the Barda cluster munitions", value = ApiExamples.CORROBORATION)))
    public CorroborationView corroboration(UUID id) {
        return corroborations.of(id);
    }
}
