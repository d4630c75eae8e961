package org.claimledger.common;

import java.util.Arrays;

/**
 * Conditional writes: a change or retraction must name the revision it was based on (RFC 9110
 * If-Match), so that no one overwrites an edit they never saw.
 */
public final class IfMatch {
    private IfMatch() {
    }

    /** The strong entity tag of a revision, as clients send it back: {@code "3"}. */
    public static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    /** Refuses a missing or {@code *} If-Match, and one that names another revision than the current one. */
    public static void require(String ifMatch, int currentRevision) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired("send If-Match with the ETag of the revision you edited, e.g. If-Match: "
                    + etag(currentRevision));
        }
        if (ifMatch.trim().equals("*")) {
            // "any revision" is no protection against overwriting an edit the client never saw
            throw new PreconditionRequired("If-Match: * does not say which revision you edited; send its ETag, e.g. "
                    + "If-Match: " + etag(currentRevision));
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals(etag(currentRevision)));
        if (!matches) {
            throw new PreconditionFailed("the resource is at revision " + currentRevision + ", not "
                    + Problem.clip(ifMatch) + "; fetch it again and reapply your change");
        }
    }
}
