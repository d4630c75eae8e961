package org.claimledger.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewToken(@NotBlank @Size(max = 100)
                       @Pattern(regexp = NAME, message = "must not contain ':' or control characters, nor be a name the "
                               + "service records for itself (initial-admin, system, anonymous)")
                       @Schema(example = "newsroom-factcheck", pattern = NAME_ECMA) String name,
                       @NotNull @Pattern(regexp = "editor|admin", message = "must be editor or admin")
                       @Schema(enumeration = {Roles.EDITOR, Roles.ADMIN}, example = Roles.EDITOR) String role) {
    /** Names are recorded as authors: none may pass for the service's own actors (system:..., cli:..., initial-admin). */
    static final String NAME = "^(?!(?i:initial-admin|system|anonymous)$)[^:\\p{Cntrl}]+$";
    /** The same rule in the regex dialect of JSON Schema (ECMA-262), which has no inline flags nor \p{Cntrl}. */
    static final String NAME_ECMA = "^(?!([Ii][Nn][Ii][Tt][Ii][Aa][Ll]-[Aa][Dd][Mm][Ii][Nn]|[Ss][Yy][Ss][Tt][Ee][Mm]"
            + "|[Aa][Nn][Oo][Nn][Yy][Mm][Oo][Uu][Ss])$)[^:\\x00-\\x1F\\x7F]+$";
}
