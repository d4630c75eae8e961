package org.claimledger.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimledger.common.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A source to create or the new state of one.")
public record NewSource(
        @NotBlank @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        @Schema(example = "sohr") String slug,
        @NotBlank @Size(max = 200) @Schema(example = "Syrian Observatory for Human Rights") String name,
        @NotNull SourceKind kind,
        @Size(max = 64) @Schema(description = "Slug of the party it speaks for; omit for independent sources",
                nullable = true) String party,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
        @Schema(nullable = true, example = "https://www.syriahr.com") String homepage,
        @Size(max = 4000) @Schema(nullable = true,
                example = "UK-based monitor of the Syrian war; counted Syrian fighters killed in Karabakh")
        String description) {
}
