package org.claimledger.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * Declares once, for every operation, the two answers any request may get when the service protects
 * itself: 429 (this client asks too much; ClientGate) and 503 (a read ran past its time, or the
 * download slots are taken), both problem+json with Retry-After. Registered as mp.openapi.filter.
 */
public class OverloadResponses implements OASFilter {
    static final String TOO_MANY = "TooManyRequests";
    static final String UNAVAILABLE = "ServiceUnavailable";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before sending the request again")
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)))
                .addResponse(TOO_MANY, response("Too many requests from this client (more per second, or more at "
                        + "once, than claimledger.limits.clients.* allow); wait Retry-After seconds"))
                .addResponse(UNAVAILABLE, response("The service cannot serve this now: a read ran past its statement "
                        + "timeout, or every download slot is taken; wait Retry-After seconds, or narrow the request"));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, org.eclipse.microprofile.openapi.models.Operation> entry
                    : path.getOperations().entrySet()) {
                var responses = entry.getValue().getResponses();
                if (responses == null) {
                    continue;
                }
                responses.addAPIResponse("429", OASFactory.createAPIResponse().ref(TOO_MANY));
                responses.addAPIResponse("503", OASFactory.createAPIResponse().ref(UNAVAILABLE));
            }
        }
    }

    private static APIResponse response(String description) {
        Header retryAfter = OASFactory.createHeader().ref("Retry-After");
        return OASFactory.createAPIResponse().description(description)
                .addHeader("Retry-After", retryAfter)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
