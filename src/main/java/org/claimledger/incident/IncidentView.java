package org.claimledger.incident;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Schema(name = "Incident", description = "Something that happened at a place and time, that claims report on.")
public record IncidentView(
        @Schema(example = "barda-2020-10-28") String slug,
        @Schema(example = "Missile strikes on Barda, 27 and 28 October 2020") String title,
        @Schema(description = "True when the title was made from the slug, not written from a source")
        boolean titleDerived,
        @Schema(nullable = true) String description,
        @Schema(nullable = true, example = "Barda, Azerbaijan") String location,
        @Schema(nullable = true, example = "2020-10-27") LocalDate from,
        @Schema(nullable = true, example = "2020-10-28") LocalDate to,
        @Schema(description = "Its allegation: who accuses whom, who denies (no item when no claim about it "
                + "accuses anyone)",
                example = "/api/v1/allegations?incident=barda-2020-10-28") String allegation,
        @Schema(example = "1") int revision,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime recordedAt) {

    public static IncidentView of(Incident i) {
        return new IncidentView(i.slug, i.title, i.titleDerived, i.description, i.location, i.from, i.to,
                "/api/v1/allegations?incident=" + i.slug, i.revision, i.createdAt, i.createdBy, i.recordedAt);
    }
}
