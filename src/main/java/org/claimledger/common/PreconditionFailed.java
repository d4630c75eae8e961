package org.claimledger.common;

public class PreconditionFailed extends ApiException {
    public PreconditionFailed(String detail) {
        super(412, "precondition-failed", "Precondition failed", detail);
    }
}
