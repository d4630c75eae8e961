package org.claimledger.common;

public class Conflict extends ApiException {
    public Conflict(String detail) {
        super(409, "conflict", "Conflict", detail);
    }
}
