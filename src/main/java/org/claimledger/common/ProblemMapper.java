package org.claimledger.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/**
 * The one place where failures become RFC 9457 responses. Messages are written here, never copied
 * from an exception of a library: no class name, SQL or stack trace reaches a client.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response api(DomainException e, UriInfo uri) {
        return respond(problem(e, path(uri)));
    }

    /** The HTTP status of each kind of refusal: the one place that knows it. */
    public static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE_REVISION -> 412;
            case TOO_LARGE -> 413;
            case KEY_REUSED -> 422;
            case REVISION_NOT_NAMED -> 428;
            case TOO_MANY_REQUESTS -> 429;
            case BUSY -> 503;
        };
    }

    /** The refusal as an RFC 9457 problem about {@code instance} (the request path). */
    public static Problem problem(DomainException e, String instance) {
        return new Problem(Problem.TYPE_BASE + e.type(), e.title(), status(e.kind()), e.getMessage(), instance,
                e.fieldErrors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(Violations.field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return api(new InvalidInput(errors), uri);
    }

    /** Quarkus has its own mapper for this subtype; ours must be as specific to win. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return badJson(e, uri);
    }

    @ServerExceptionMapper
    public Response badJson(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof DomainException api) {
            return api(api, uri);
        }
        String field = JsonErrors.path(e);
        return api(InvalidInput.of(field.isEmpty() ? "body" : field, JsonErrors.message(e)), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return api(JsonErrors.malformed(e), uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return api(new DomainException(DomainException.Kind.INVALID, "malformed-json", "Malformed JSON",
                "the body could not be read as JSON"), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, "this request needs a valid API token: Authorization: Bearer <token>");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri, "the API token is unknown or revoked");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return api(new DomainException(DomainException.Kind.FORBIDDEN, "forbidden", "Forbidden",
                "your API token's role may not do this"), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return api(new PreconditionFailed("the resource was changed by another request; fetch it again"), uri);
    }

    /** A race past the service's own checks ends at a database constraint: say so without the SQL. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.infof("constraint %s refused a write to %s", e.getConstraintName(), logged(uri));
        return api(new Conflict("the write conflicts with data stored meanwhile; fetch the current state and try again"),
                uri);
    }

    /**
     * PostgreSQL refused a value the service's checks let through (SQLSTATE class 22). Above all that is
     * text with a NUL character, which is valid JSON and Java but no PostgreSQL text can hold.
     */
    @ServerExceptionMapper
    public Response data(org.hibernate.exception.DataException e, UriInfo uri) {
        LOG.infof("the database refused a value (SQLSTATE %s) in %s", e.getSQLState(), logged(uri));
        String detail = "22021".equals(e.getSQLState())
                ? "text may not contain the NUL character (\\u0000)"
                : "a value is outside what the database can hold";
        return api(new DomainException(DomainException.Kind.INVALID, "invalid-input", "Invalid input", detail), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // a parameter converter's own 400 arrives wrapped in the 404 that JAX-RS prescribes for bad parameters
        if (e.getCause() instanceof DomainException api) {
            return api(api, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return json instanceof JsonParseException parse ? malformedJson(parse, uri)
                    : json instanceof JsonMappingException mapping ? badJson(mapping, uri) : otherJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no resource at this path";
            case 405 -> "this method is not allowed here";
            case 406 -> "no representation in the requested media type";
            case 415 -> "unsupported content type; send application/json";
            default -> title;
        };
        String type = title.toLowerCase().replaceAll("[^a-z]+", "-");
        return respond(new Problem(Problem.TYPE_BASE + type, title, status, detail, path(uri), null));
    }

    /**
     * The database could not be reached: it is down, restarting, or its standby is being promoted (a
     * failover takes seconds). Nothing about the request was wrong, so it is a 503 with Retry-After, not a
     * 500; a write may or may not have been applied when the connection broke at its commit, so clients
     * send it again with the same Idempotency-Key (POST) or If-Match (PUT, DELETE). Failures of this kind
     * also arrive wrapped in others (a commit's RollbackException), hence the check in {@link #unexpected}.
     */
    @ServerExceptionMapper({org.hibernate.exception.JDBCConnectionException.class, java.sql.SQLException.class})
    public Response unavailable(Throwable e, UriInfo uri) {
        if (!DatabaseUnavailable.causedBy(e)) {
            return failed(e, uri);
        }
        LOG.warnf("the database is unreachable serving %s: %s", path(uri), e);
        return Response.fromResponse(respond(new Problem(Problem.TYPE_BASE + "unavailable", "Service unavailable", 503,
                        "the database cannot be reached at the moment (a failover takes seconds); retry after "
                                + RETRY_AFTER_SECONDS + " s, a write with the same Idempotency-Key or If-Match",
                        path(uri), null)))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return DatabaseUnavailable.causedBy(e) ? unavailable(e, uri) : failed(e, uri);
    }

    private Response failed(Throwable e, UriInfo uri) {
        LOG.error("unexpected failure serving " + logged(uri), e);
        return respond(new Problem(Problem.TYPE_BASE + "internal-error", "Internal error", 500,
                "the server failed to answer this request; it has been logged", path(uri), null));
    }

    private Response unauthorized(UriInfo uri, String detail) {
        return Response.fromResponse(respond(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                        detail, path(uri), null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"claimledger\"").build();
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** The path as a log line may show it: a client's %0a must not start a forged line of its own. */
    private static String logged(UriInfo uri) {
        return LogSafe.of(path(uri));
    }

    /** Too much asked at once (429) or no room now (503): the client is told when to come back. */
    @ServerExceptionMapper
    public Response overloaded(Overloaded e, UriInfo uri) {
        return Response.fromResponse(respond(problem(e, path(uri))))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    /** A read ran past its statement timeout (claimledger.limits.read-statement-timeout). */
    @ServerExceptionMapper({org.hibernate.QueryTimeoutException.class, jakarta.persistence.QueryTimeoutException.class})
    public Response readTooLong(RuntimeException e, UriInfo uri) {
        LOG.infof("a read of %s ran past its statement timeout", logged(uri));
        return overloaded(Overloaded.readTimedOut(), uri);
    }

    /**
     * A database failure no mapper above claims: a statement cancelled by the read timeout is a 503 (it
     * may arrive as a plain PersistenceException, e.g. while waiting for a lock); anything else is ours.
     */
    @ServerExceptionMapper
    public Response database(jakarta.persistence.PersistenceException e, UriInfo uri) {
        return Overloaded.isStatementTimeout(e) ? readTooLong(e, uri) : unexpected(e, uri);
    }

    /** Two writes waited on each other's rows (a deadlock) or a lock could not be had: one is refused whole. */
    @ServerExceptionMapper({org.hibernate.exception.LockAcquisitionException.class,
            org.hibernate.PessimisticLockException.class, jakarta.persistence.PessimisticLockException.class,
            jakarta.persistence.LockTimeoutException.class})
    public Response lockConflict(RuntimeException e, UriInfo uri) {
        LOG.infof("a write to %s lost a lock conflict", logged(uri));
        return Response.fromResponse(api(new Conflict("another write changed the same rows at the same moment;"
                + " nothing of this request was stored; send it again"), uri)).header(HttpHeaders.RETRY_AFTER, 1).build();
    }

}
