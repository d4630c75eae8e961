package org.claimledger.common.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Responses carry the revision they show as their strong ETag, for the If-Match of the next write. */
public final class Etags {
    private Etags() {
    }

    /** The response with the revision as its strong ETag. */
    public static Response tagged(Response.ResponseBuilder response, int revision) {
        return response.tag(new EntityTag(Integer.toString(revision))).build();
    }
}
