package org.claimledger.common;

public class NotFound extends DomainException {
    public NotFound(String what, Object id) {
        super(Kind.NOT_FOUND, "not-found", "Not found", "no " + what + " '" + Problem.clip(String.valueOf(id)) + "'");
    }
}
