package org.claimledger.common;

import java.util.List;

/** A failure the client can act on; {@link ProblemMapper} turns it into a problem+json response. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public ApiException(int status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + type, title, status, getMessage(), instance, errors);
    }

    public List<Problem.FieldError> errors() {
        return errors == null ? List.of() : errors;
    }

    public int status() {
        return status;
    }
}
