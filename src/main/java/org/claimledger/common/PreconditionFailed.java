package org.claimledger.common;

public class PreconditionFailed extends DomainException {
    public PreconditionFailed(String detail) {
        super(Kind.STALE_REVISION, "precondition-failed", "Precondition failed", detail);
    }
}
