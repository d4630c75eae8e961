package org.claimledger.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, served as application/problem+json. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem detail (media type application/problem+json).")
public record Problem(
        @Schema(example = "https://claimledger.org/problems/invalid-input") String type,
        @Schema(example = "Invalid input") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,
        @Schema(example = "/api/v1/claims") String instance,
        @Schema(description = "For invalid input: every invalid field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://claimledger.org/problems/";

    /** One invalid field; {@code field} is a JSON path such as {@code claims[3].quantity.low}. */
    public record FieldError(@Schema(example = "quantity.low") String field,
                             @Schema(example = "must not be greater than high") String message) {
    }

    /** Client input echoed back in a message is cut short, so a hostile value cannot bloat the answer. */
    public static String clip(String value) {
        if (value == null) {
            return "null";
        }
        String printable = value.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 57) + "...";
    }
}
