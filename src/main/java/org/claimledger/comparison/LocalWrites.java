package org.claimledger.comparison;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * A write answered by this instance empties its comparison cache before the answer leaves: the
 * announcement of the change reaches this instance's listener a moment after the commit, and a client
 * that reads after its write was acknowledged must not get the figure it replaced. Writes of every
 * kind (claims, links, sources, parties, imports) are covered without knowing what each changed; the
 * write has committed by now (services own their transactions).
 */
class LocalWrites {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final ComparisonCache cache;

    LocalWrites(ComparisonCache cache) {
        this.cache = cache;
    }

    @ServerResponseFilter
    void afterWrite(ContainerRequestContext request) {
        if (!SAFE.contains(request.getMethod())) {
            cache.changedAll();
        }
    }
}
