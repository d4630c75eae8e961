package org.claimledger.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where to start: the collections of the API. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API", description = "The entry point of the API")
public class ApiRootResource {
    private static final Map<String, String> LINKS = links();

    private static Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("claims", "/api/v1/claims");
        links.put("sources", "/api/v1/sources");
        links.put("parties", "/api/v1/parties");
        links.put("comparisons", "/api/v1/comparisons");
        links.put("contested", "/api/v1/comparisons/contested");
        links.put("metrics", "/api/v1/metrics");
        links.put("allegations", "/api/v1/allegations");
        links.put("imports", "/api/v1/imports");
        links.put("dataset", "/api/v1/dataset");
        links.put("changes", "/api/v1/changes");
        links.put("releases", "/api/v1/releases");
        links.put("openapi", "/q/openapi");
        return java.util.Collections.unmodifiableMap(links);
    }

    public record Root(String name, String version, Map<String, String> links) {
    }

    @GET
    @Operation(operationId = "getApiRoot", summary = "The API's collections, to start from",
            description = "Links to each collection of the API and to this OpenAPI document; a client can start "
                    + "here and follow them rather than build paths itself.")
    public Root root() {
        return new Root("claimledger", "1", LINKS);
    }
}
