package org.claimledger.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimledger.common.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as a client submits it, and as the dataset files hold it. Sources and parties are named
 * by slug; server-owned fields (id, revision, status, createdAt, createdBy) cannot be sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NewClaim", description = "One assertion by one source.")
public record NewClaim(
        @Size(max = 200) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._:/-]*$",
                message = "must be letters, digits and . _ : / - (starting with a letter or digit)")
        @Schema(description = "Optional stable key; claims with a key are imported idempotently",
                example = "karabakh-2020/am-mod-0001", nullable = true) String key,
        @NotBlank @Size(max = 64) @Schema(description = "Slug of the source making the claim", example = "am-mod")
        String source,
        @NotNull @PastOrPresent @Schema(description = "When the source said it", example = "2021-03-25")
        LocalDate statedOn,
        @Schema(description = "Start of the period the figure covers; omit for the whole conflict so far",
                nullable = true, example = "2020-09-27") LocalDate from,
        @Schema(description = "End of the period the figure covers", nullable = true, example = "2020-11-10")
        LocalDate asOf,
        @NotNull Category category,
        @Size(max = 64) @Schema(description = "Slug of the party whose losses are counted", example = "armenia",
                nullable = true) String subject,
        @Size(max = 10) @Schema(description = "Parties also counted in the figure besides the subject",
                example = "[\"syrian-fighters\"]", nullable = true)
        List<@NotBlank @Size(max = 64) String> alsoCounts,
        @Schema(nullable = true) Population population,
        @NotNull Metric metric,
        @Schema(nullable = true) Equipment equipment,
        @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        @Schema(description = "What else is counted, as a slug (private-house, usd, ...)", nullable = true,
                example = "private-house") String object,
        @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        @Schema(description = "Slug of the incident", example = "barda-2020-10-28", nullable = true) String incident,
        @Size(max = 200) @Schema(example = "Barda", nullable = true) String location,
        @Valid @Schema(nullable = true) Quantity quantity,
        @Schema(description = "Defaults to asserts", nullable = true) Stance stance,
        @Size(max = 64) @Schema(description = "Slug of the party accused, for allegations", nullable = true,
                example = "armenia") String perpetrator,
        @NotBlank @Size(max = 4000)
        @Schema(example = "Armenian authorities reported the deaths of 3,360 servicemen during the war.")
        String statement,
        @Size(max = 2000) @Schema(description = "A curator's note", nullable = true) String note,
        @Valid @Schema(description = "Whether the date and the attribution are in the cited text or inferred;"
                + " left out: both are in the text", nullable = true) Provenance provenance,
        @NotEmpty(message = "a claim needs at least one citation") @Size(max = 20)
        List<@NotNull @Valid Citation> citations) {

    @AssertTrue(message = "from must not be after asOf")
    @Schema(hidden = true)
    boolean isPeriodOrdered() {
        return from == null || asOf == null || !from.isAfter(asOf);
    }
}
