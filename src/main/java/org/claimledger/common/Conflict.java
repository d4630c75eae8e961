package org.claimledger.common;

public class Conflict extends DomainException {
    public Conflict(String detail) {
        super(Kind.CONFLICT, "conflict", "Conflict", detail);
    }
}
