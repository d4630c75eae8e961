package org.claimledger.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Token", description = "An API token. The secret is shown once, in the answer that creates it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(UUID id,
                        @Schema(example = "newsroom-factcheck") String name,
                        @Schema(enumeration = {Roles.EDITOR, Roles.ADMIN}, example = Roles.EDITOR) String role,
                        @Schema(description = "The bearer token itself; only in the answer to its creation",
                                example = "cl_3q2B8xZ0m2Qj1fB6t0kqf7Vt9r2lH3yPzK1d0aW9uXo") String token,
                        OffsetDateTime createdAt, String createdBy,
                        @Schema(nullable = true) OffsetDateTime revokedAt) {

    static TokenView of(ApiToken t, String secret) {
        return new TokenView(t.publicId, t.name, t.role, secret, t.createdAt, t.createdBy, t.revokedAt);
    }
}
