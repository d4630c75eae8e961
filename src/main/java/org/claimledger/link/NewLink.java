package org.claimledger.link;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A link from the claim in the path to a target claim: <path claim> <type> <target>.")
public record NewLink(
        @NotNull @Schema(description = "Id of the claim linked to") UUID target,
        @NotNull LinkType type,
        @Size(max = 2000) @Schema(nullable = true,
                example = "HRW found the remnants of Smerch cluster rockets in Barda") String note) {
}
