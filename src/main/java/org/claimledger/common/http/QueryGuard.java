package org.claimledger.common.http;

import org.claimledger.common.DomainException;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.Limits;
import org.claimledger.common.Problem;
import org.claimledger.common.ProblemMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Query parameters are checked before any endpoint runs, whatever the path: none may hold a NUL
 * character (no PostgreSQL text can), and the search text {@code q} is bounded in length and in words,
 * since every word is a lookup in the text index and an anonymous reader may send thousands. The API
 * answers 400 problem+json here; the pages answer with their own error page (web.PageGuard).
 */
public class QueryGuard {
    private final Limits limits;

    QueryGuard(Limits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        try {
            check(request.getUriInfo().getQueryParameters(), limits);
            return null;
        } catch (DomainException e) {
            return ProblemMapper.respond(ProblemMapper.problem(e, path));
        }
    }

    /** Throws InvalidInput naming the first parameter that breaks a rule. */
    public static void check(MultivaluedMap<String, String> parameters, Limits limits) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw InvalidInput.of(Problem.clip(parameter.getKey()), "must not contain the NUL character");
                }
            }
        }
        String q = parameters.getFirst("q");
        if (q == null) {
            return;
        }
        if (q.length() > limits.maxQueryLength()) {
            throw InvalidInput.of("q", "the search text is " + q.length() + " characters long; at most "
                    + limits.maxQueryLength() + " are allowed");
        }
        int terms = terms(q);
        if (terms > limits.maxQueryTerms()) {
            throw InvalidInput.of("q", "the search text has " + terms + " words and operators; at most "
                    + limits.maxQueryTerms() + " are allowed");
        }
    }

    /** Words and operators (or, -) as PostgreSQL's websearch_to_tsquery reads them: quotes group, not count. */
    static int terms(String q) {
        int terms = 0;
        for (String token : q.replace('"', ' ').trim().split("\\s+")) {
            if (!token.isEmpty()) {
                terms++;
            }
        }
        return terms;
    }
}
