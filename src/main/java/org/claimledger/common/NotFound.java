package org.claimledger.common;

public class NotFound extends ApiException {
    public NotFound(String what, Object id) {
        super(404, "not-found", "Not found", "no " + what + " '" + Problem.clip(String.valueOf(id)) + "'");
    }
}
