package org.claimledger.common;

public class PreconditionRequired extends ApiException {
    public PreconditionRequired(String detail) {
        super(428, "precondition-required", "Precondition required", detail);
    }
}
