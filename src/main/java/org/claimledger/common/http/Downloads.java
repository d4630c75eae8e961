package org.claimledger.common.http;

import jakarta.ws.rs.core.StreamingOutput;
import org.claimledger.common.Download;

/** Exports are streamed to the client as they are written. */
public final class Downloads {
    private Downloads() {
    }

    public static StreamingOutput streamed(Download download) {
        return download::writeTo;
    }
}
