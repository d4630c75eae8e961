package org.claimledger.incident;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimledger.common.Slugs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NewIncident", description = "An incident to create, or the new state of one. Claims name it by "
        + "slug in their incident field.")
public record NewIncident(
        @NotBlank @Size(max = 100) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
        @Schema(example = "barda-2020-10-28") String slug,
        @NotBlank @Size(max = 300) @Schema(example = "Missile strikes on Barda, 27 and 28 October 2020") String title,
        @Size(max = 4000) @Schema(nullable = true) String description,
        @Size(max = 200) @Schema(nullable = true, example = "Barda, Azerbaijan") String location,
        @Schema(description = "First day of the incident", nullable = true, example = "2020-10-27") LocalDate from,
        @Schema(description = "Last day of the incident", nullable = true, example = "2020-10-28") LocalDate to,
        @Schema(description = "True when the title was made from the slug rather than written from a source "
                + "(incidents that existed before incidents had titles); omit it for a written title",
                nullable = true) Boolean titleDerived) {

    @AssertTrue(message = "from must not be after to")
    @Schema(hidden = true)
    boolean isPeriodOrdered() {
        return from == null || to == null || !from.isAfter(to);
    }

    /** The input as it is stored and exported again: titleDerived only when true. */
    NewIncident normalized() {
        return new NewIncident(slug, title, description, location, from, to,
                Boolean.TRUE.equals(titleDerived) ? Boolean.TRUE : null);
    }
}
