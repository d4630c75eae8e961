package org.claimledger.common;

/** A request the service will not serve now, with the seconds after which it may be sent again (Retry-After). */
public class Overloaded extends DomainException {
    private final long retryAfterSeconds;

    public Overloaded(Kind kind, String type, String title, String detail, long retryAfterSeconds) {
        super(kind, type, title, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static Overloaded readTimedOut() {
        return new Overloaded(Kind.BUSY, "read-timeout", "Read took too long", "this read takes longer than the service "
                + "allows one request; narrow it (fewer search words, a filter, a smaller limit) or try again later", 5);
    }

    /** True when PostgreSQL cancelled a statement of this failure for running past its timeout (SQLSTATE 57014). */
    public static boolean isStatementTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())
                    || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static Overloaded tooManyRequests(long retryAfterSeconds, String why) {
        return new Overloaded(Kind.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", why, retryAfterSeconds);
    }

    public static Overloaded busy(String what, long retryAfterSeconds) {
        return new Overloaded(Kind.BUSY, "busy", "Service busy", what, retryAfterSeconds);
    }
}
