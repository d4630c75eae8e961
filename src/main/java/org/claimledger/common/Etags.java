package org.claimledger.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;

/** Conditional writes: a PUT or DELETE must name the revision it was based on (RFC 9110 If-Match). */
public final class Etags {
    private Etags() {
    }

    public static String of(int revision) {
        return "\"" + revision + "\"";
    }

    /** The response with the revision as its strong ETag. */
    public static Response tagged(Response.ResponseBuilder response, int revision) {
        return response.tag(new EntityTag(Integer.toString(revision))).build();
    }

    /** 428 without If-Match or with {@code *}, 412 when it names another revision than the current one. */
    public static void requireMatch(String ifMatch, int currentRevision) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired("send If-Match with the ETag of the revision you edited, e.g. If-Match: "
                    + of(currentRevision));
        }
        if (ifMatch.trim().equals("*")) {
            // "any revision" is no protection against overwriting an edit the client never saw
            throw new PreconditionRequired("If-Match: * does not say which revision you edited; send its ETag, e.g. "
                    + "If-Match: " + of(currentRevision));
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals(of(currentRevision)));
        if (!matches) {
            throw new PreconditionFailed("the resource is at revision " + currentRevision + ", not "
                    + Problem.clip(ifMatch) + "; fetch it again and reapply your change");
        }
    }
}
