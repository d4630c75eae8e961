package org.claimledger.common;

public class PreconditionRequired extends DomainException {
    public PreconditionRequired(String detail) {
        super(Kind.REVISION_NOT_NAMED, "precondition-required", "Precondition required", detail);
    }
}
