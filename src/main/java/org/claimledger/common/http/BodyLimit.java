package org.claimledger.common.http;

import org.claimledger.common.DomainException;
import org.claimledger.common.InvalidInput;
import org.claimledger.common.Limits;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps request bodies: imports may be large, everything else small. A declared Content-Length over
 * the cap is refused before reading; a chunked body is cut off when it passes the cap. Both are 413.
 * JSON and CSV bodies must also be well-formed UTF-8 ({@link StrictUtf8}).
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
            InputStream body = new Capped(request.getEntityStream(), cap);
            request.setEntityStream(isText(request) ? new StrictUtf8(body) : body);
        }
    }

    /** JSON and CSV bodies are UTF-8 (RFC 8259; the import format); any other is read by no endpoint. */
    private static boolean isText(ContainerRequestContext request) {
        jakarta.ws.rs.core.MediaType type;
        try {
            type = request.getMediaType();
        } catch (RuntimeException e) {
            return false; // an unreadable Content-Type is answered by the endpoint's own 415
        }
        if (type == null) {
            return false;
        }
        String charset = type.getParameters().get("charset");
        return (charset == null || charset.equalsIgnoreCase("utf-8"))
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json") || type.getSubtype().equals("csv"));
    }

    static DomainException tooLarge(long cap) {
        return new DomainException(DomainException.Kind.TOO_LARGE, "payload-too-large", "Payload too large",
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
