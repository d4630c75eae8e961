package org.claimledger.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Declares, in one place and by rule, the problem+json answers an operation can get from the service's
 * shared machinery (ProblemMapper, QueryGuard, BodyLimit, ClientGate, IfMatch, IdempotencyKeys), so that
 * resources declare only their success. Registered as mp.openapi.filter.
 */
public class ProblemResponses implements OASFilter {
    private static final Set<PathItem.HttpMethod> WRITES = EnumSet.of(PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    /** A status, the component that describes it, and which operations can be answered with it. */
    private record Rule(String status, String name, String description, boolean retryAfter,
                        java.util.function.BiPredicate<PathItem.HttpMethod, Operation> applies) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("400", "BadRequest", "Invalid input: a parameter or body field this operation cannot take "
                    + "(every invalid field is listed under errors), a cursor this service did not issue, or a "
                    + "query parameter holding a NUL character", false, (m, op) -> true),
            new Rule("401", "Unauthorized", "No API token, or one that is unknown or revoked "
                    + "(WWW-Authenticate: Bearer)", false, (m, op) -> secured(op)),
            new Rule("403", "Forbidden", "The API token's role may not do this", false, (m, op) -> secured(op)),
            new Rule("404", "NotFound", "Nothing with this identifier (or, with revision=N, no such revision)",
                    false, (m, op) -> has(op, Parameter.In.PATH)),
            new Rule("406", "NotAcceptable", "No representation in a media type the Accept header allows", false,
                    (m, op) -> true),
            new Rule("409", "Conflict", "The write conflicts with what is stored: a slug or key that exists "
                    + "already, a link that exists, something retracted already, or another write to the same rows "
                    + "at the same moment (then with Retry-After); nothing of this request was stored", true,
                    (m, op) -> WRITES.contains(m)),
            new Rule("412", "PreconditionFailed", "If-Match names another revision than the current one: someone "
                    + "else changed it; fetch it again and reapply your change", false,
                    (m, op) -> header(op, "If-Match")),
            new Rule("413", "PayloadTooLarge", "The body is larger than this endpoint accepts "
                    + "(claimledger.limits.max-body-size, or max-import-body-size for imports)", false,
                    (m, op) -> op.getRequestBody() != null),
            new Rule("415", "UnsupportedMediaType", "The body's Content-Type is not one this operation reads",
                    false, (m, op) -> op.getRequestBody() != null),
            new Rule("422", "IdempotencyKeyReused", "This Idempotency-Key was used before with a different "
                    + "request; use a new key for a new request", false, (m, op) -> header(op, "Idempotency-Key")),
            new Rule("428", "PreconditionRequired", "If-Match is missing or *: send the ETag of the revision you "
                    + "edited", false, (m, op) -> header(op, "If-Match")),
            new Rule("429", "TooManyRequests", "Too many requests from this client (more per second, or more at "
                    + "once, than claimledger.limits.clients.* allow); wait Retry-After seconds", true,
                    (m, op) -> true),
            new Rule("503", "ServiceUnavailable", "The service cannot serve this now: the database is unreachable "
                    + "(a failover takes seconds), a read ran past its statement timeout, or every download slot "
                    + "is taken; wait Retry-After seconds, or narrow the request", true, (m, op) -> true));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before sending the request again")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)));
        openAPI.getComponents().addHeader("WWW-Authenticate", OASFactory.createHeader()
                .description("The scheme to authenticate with: Bearer realm=\"claimledger\"")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        for (Rule rule : RULES) {
            openAPI.getComponents().addResponse(rule.name(), response(rule));
        }
        openAPI.getComponents().addResponse("NotModified", OASFactory.createAPIResponse().description("Not modified: "
                + "If-None-Match names the answer's current ETag, so the copy the client holds is still good; no body"));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                Operation op = entry.getValue();
                if (op.getResponses() == null) {
                    continue;
                }
                if (entry.getKey() == PathItem.HttpMethod.GET && !secured(op)) {
                    // a public read answers If-None-Match with 304 (common/http/PublicCaching)
                    op.getResponses().addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
                }
                for (Rule rule : RULES) {
                    if (rule.applies().test(entry.getKey(), op)) {
                        op.getResponses().addAPIResponse(rule.status(), OASFactory.createAPIResponse()
                                .ref(rule.name()));
                    }
                }
            }
        }
    }

    private static boolean secured(Operation op) {
        return op.getSecurity() != null && !op.getSecurity().isEmpty();
    }

    private static boolean has(Operation op, Parameter.In in) {
        return parameters(op, p -> p.getIn() == in);
    }

    private static boolean header(Operation op, String name) {
        return parameters(op, p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static boolean parameters(Operation op, Predicate<Parameter> test) {
        return op.getParameters() != null && op.getParameters().stream().anyMatch(test);
    }

    private static APIResponse response(Rule rule) {
        APIResponse response = OASFactory.createAPIResponse().description(rule.description())
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
        if (rule.retryAfter()) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        if (rule.status().equals("401")) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().ref("WWW-Authenticate"));
        }
        return response;
    }
}
