package org.claimledger.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps request bodies: imports may be large, everything else small. A declared Content-Length over
 * the cap is refused before reading; a chunked body is cut off when it passes the cap. Both are 413.
 */
public class BodyLimit {
    private final Limits limits;

    BodyLimit(Limits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public void cap(ContainerRequestContext request) {
        long cap = request.getUriInfo().getPath().startsWith("/api/v1/imports")
                ? limits.maxImportBodySize().asLongValue() : limits.maxBodySize().asLongValue();
        String declared = request.getHeaderString("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > cap) {
                    throw tooLarge(cap);
                }
            } catch (NumberFormatException e) {
                throw InvalidInput.of("Content-Length", "not a number");
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Capped(request.getEntityStream(), cap));
        }
    }

    static ApiException tooLarge(long cap) {
        return new ApiException(413, "payload-too-large", "Payload too large",
                "the request body is larger than the " + cap + " bytes this endpoint accepts");
    }

    private static final class Capped extends FilterInputStream {
        private final long cap;
        private long read;

        Capped(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > cap) {
                throw tooLarge(cap);
            }
        }
    }
}
