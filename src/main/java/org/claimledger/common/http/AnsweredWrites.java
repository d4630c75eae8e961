package org.claimledger.common.http;

import jakarta.enterprise.event.Event;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.claimledger.common.WriteAnswered;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * Tells the features a write is about to be answered: its transaction has committed (services own
 * their transactions), the client has not seen the answer yet. Observers run before it leaves, so what
 * they do (the comparison cache empties itself) is done before the client can send its next request.
 */
class AnsweredWrites {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Event<WriteAnswered> answered;

    AnsweredWrites(Event<WriteAnswered> answered) {
        this.answered = answered;
    }

    @ServerResponseFilter
    void afterWrite(ContainerRequestContext request) {
        if (!SAFE.contains(request.getMethod())) {
            answered.fire(new WriteAnswered(request.getMethod(), request.getUriInfo().getPath()));
        }
    }
}
