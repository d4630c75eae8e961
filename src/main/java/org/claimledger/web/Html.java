package org.claimledger.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import org.claimledger.common.DomainException;
import org.claimledger.common.Overloaded;
import org.claimledger.common.Problem;
import org.claimledger.common.ProblemMapper;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Supplier;

/**
 * Renders a page, or the friendly error page when the page cannot be built. The JSON API keeps its
 * problem+json errors: only the pages come through here.
 */
final class Html {
    static final String MEDIA_TYPE = "text/html;charset=UTF-8";
    private static final Logger LOG = Logger.getLogger(Html.class);

    private Html() {
    }

    /** The error page's content: a heading, what went wrong, and the invalid fields if any. */
    record ErrorView(int status, String title, String message, List<String> details) {
    }

    static Response render(Supplier<TemplateInstance> page) {
        try {
            return Response.ok(page.get().render(), MEDIA_TYPE).build();
        } catch (DomainException e) {
            return problem(e);
        } catch (org.hibernate.exception.DataException | jakarta.persistence.QueryTimeoutException
                 | org.hibernate.QueryTimeoutException e) {
            return problem(e instanceof org.hibernate.exception.DataException
                    ? new DomainException(DomainException.Kind.INVALID, "invalid-input", "Invalid input", "a value is outside what can be searched")
                    : Overloaded.readTimedOut());
        } catch (RuntimeException e) {
            if (Overloaded.isStatementTimeout(e)) {
                return problem(Overloaded.readTimedOut());
            }
            LOG.error("failed to render a page", e);
            return error(500, "Something went wrong", "The page could not be built; the failure has been logged.",
                    List.of());
        }
    }

    /** The error page for a failure the client can act on; 429 and 503 say when to come back. */
    static Response problem(DomainException e) {
        int status = ProblemMapper.status(e.kind());
        Response page = error(status, status == 404 ? "Not found" : "This page cannot be shown",
                sentence(e.getMessage()), e.errors().stream().map(f -> f.field() + ": " + f.message()).toList());
        return e instanceof Overloaded o
                ? Response.fromResponse(page).header("Retry-After", o.retryAfterSeconds()).build() : page;
    }

    static Response error(int status, String title, String message, List<String> details) {
        String body = Templates.error(new ErrorView(status, title, message, details)).render();
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }

    /** "no claim 'x'" -> "There is no claim 'x'." */
    private static String sentence(String detail) {
        String text = Problem.clip(detail == null ? "" : detail);
        if (text.startsWith("no ")) {
            return "There is " + text + ".";
        }
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
