package org.claimledger.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is making the current request: the name recorded as author, and the key scope for idempotency. */
@RequestScoped
public class Actor {
    private final SecurityIdentity identity;

    Actor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** True when this caller may create and change sources and parties, whichever path the write takes. */
    public boolean maySourcesAndParties() {
        return identity.hasRole(Roles.SOURCES_AND_PARTIES);
    }

    /** A stable id of the token in use; idempotency keys are scoped to it. */
    public String tokenId() {
        Object id = identity.getAttribute(TokenIdentityProvider.TOKEN_ID);
        return id == null ? name() : id.toString();
    }
}
