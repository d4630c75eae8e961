package org.claimledger.claim;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Where a claim can be checked: a document, the reference label it carries, and the sentence quoted. */
@Schema(description = "A document that carries the claim. title or url is required.")
public record Citation(
        @Size(max = 500) @Schema(example = "2020 Nagorno-Karabakh war") String title,
        @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
        @Schema(example = "https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_war", nullable = true) String url,
        @Size(max = 200) @Schema(example = "Wikipedia", nullable = true) String publisher,
        @Schema(nullable = true) LocalDate publishedOn,
        @Size(max = 100) @Schema(description = "The reference label in the document", example = "[65]",
                nullable = true) String reference,
        @Size(max = 4000) @Schema(description = "The sentence that carries the claim", nullable = true,
                example = "Armenian authorities reported the deaths of 3,360 servicemen during the war,[65]")
        String quote) {

    @AssertTrue(message = "a citation needs a title or a url")
    @Schema(hidden = true)
    boolean isIdentified() {
        return (title != null && !title.isBlank()) || (url != null && !url.isBlank());
    }
}
