package org.claimledger.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record NewToken(@NotBlank @Size(max = 100) @Schema(example = "newsroom-factcheck") String name,
                       @NotNull @Pattern(regexp = "editor|admin", message = "must be editor or admin")
                       @Schema(enumeration = {Roles.EDITOR, Roles.ADMIN}, example = Roles.EDITOR) String role) {
}
