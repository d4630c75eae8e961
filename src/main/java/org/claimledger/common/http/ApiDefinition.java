package org.claimledger.common.http;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

@OpenAPIDefinition(info = @Info(title = "claimledger API", version = "1.0.0",
        description = "Every casualty figure, equipment loss and allegation of a conflict, stored as a claim "
                + "attributed to the source that made it, and compared across sources. Reads are public; "
                + "writes need a bearer API token. Errors are RFC 9457 application/problem+json. Any request may be "
                + "answered 503 with Retry-After while the database is unreachable (a failover takes seconds): "
                + "send it again, a POST with the same Idempotency-Key.",
        contact = @Contact(name = "claimledger maintainers", url = "https://claimledger.org"),
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "The service that serves this document (paths are relative to "
                + "its address)"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token: Authorization: Bearer cl_...")
public class ApiDefinition extends Application {
}
