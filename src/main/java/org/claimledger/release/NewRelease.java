package org.claimledger.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A release to cut from the dataset as it is now")
public record NewRelease(
        @NotBlank @Size(max = 64) @Pattern(regexp = Releases.VERSION, message = Releases.VERSION_MESSAGE)
        @Schema(example = "2026.12.0") String version,
        @Size(max = 2000) @Schema(nullable = true, example = "First public release") String note) {
}
