package org.claimledger.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.claimledger.common.DomainException;
import org.claimledger.common.Limits;
import org.claimledger.common.http.QueryGuard;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** The rules of {@link QueryGuard} for the pages, answered with the error page instead of problem+json. */
public class PageGuard {
    private final Limits limits;

    PageGuard(Limits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return null;
        }
        try {
            QueryGuard.check(request.getUriInfo().getQueryParameters(), limits);
            return null;
        } catch (DomainException e) {
            return Html.problem(e);
        }
    }
}
