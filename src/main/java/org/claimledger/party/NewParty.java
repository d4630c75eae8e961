package org.claimledger.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimledger.common.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A party to create. parent and side name existing parties (side may name the new party itself).")
public record NewParty(
        @NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        @Schema(example = "syrian-fighters") String slug,
        @NotBlank @Size(max = 200) @Schema(example = "Syrian fighters") String name,
        @Size(max = 64) @Schema(example = "armenia", nullable = true) String parent,
        @Size(max = 64) @Schema(example = "azerbaijan", nullable = true) String side,
        @Size(max = 2000) @Schema(nullable = true,
                example = "Syrian fighters or mercenaries recruited to fight for Azerbaijan") String description) {
}
