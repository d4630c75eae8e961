package org.claimledger.common;

import java.io.IOException;
import java.io.OutputStream;

/** A file written as it is sent (an export too large to build in memory); the HTTP edge streams it. */
@FunctionalInterface
public interface Download {
    void writeTo(OutputStream out) throws IOException;
}
