package org.claimledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A request body read once, as a stream, while its SHA-256 is computed for idempotency checks. */
final class Fingerprint {
    private final DigestInputStream stream;

    Fingerprint(InputStream body) {
        try {
            this.stream = new DigestInputStream(body, MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The body to read; readers that close their input when done leave it open for {@link #digest()}. */
    InputStream stream() {
        return new java.io.FilterInputStream(stream) {
            @Override
            public void close() {
                // the request owns the body; the digest still needs what is left of it
            }
        };
    }

    /** The digest of the whole body; whatever was not read yet is read now. */
    byte[] digest() {
        try {
            stream.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stream.getMessageDigest().digest();
    }
}
