package org.claimledger.common;

import java.util.List;

/**
 * A request the domain refuses, in words the client can act on. It says what kind of refusal it is;
 * {@link ProblemMapper} alone decides which HTTP status each kind is.
 */
public class DomainException extends RuntimeException {
    /** Why a request is refused. */
    public enum Kind {
        /** The input breaks a rule; nothing was stored. */
        INVALID,
        /** The caller's role may not do this. */
        FORBIDDEN,
        NOT_FOUND,
        /** The write conflicts with what is stored. */
        CONFLICT,
        /** The client edited a revision that is no longer the current one. */
        STALE_REVISION,
        /** A conditional write that does not name the revision it edited. */
        REVISION_NOT_NAMED,
        TOO_LARGE,
        /** An idempotency key sent again with another request. */
        KEY_REUSED,
        /** This client asks too much at once; it may come back later. */
        TOO_MANY_REQUESTS,
        /** The service has no room for the request now; it may come back later. */
        BUSY
    }

    private final Kind kind;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public DomainException(Kind kind, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.kind = kind;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public DomainException(Kind kind, String type, String title, String detail) {
        this(kind, type, title, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The problem type's last path segment, e.g. {@code invalid-input}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The invalid fields, if any; null when the refusal is not about fields. */
    public List<Problem.FieldError> fieldErrors() {
        return errors;
    }

    public List<Problem.FieldError> errors() {
        return errors == null ? List.of() : errors;
    }
}
