package org.claimledger.common.http;

import org.claimledger.common.DomainException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a body through unchanged while checking that it is well-formed UTF-8 (RFC 3629): no overlong
 * forms (C0 AF would otherwise be read as '/'), no encoded surrogates, nothing above U+10FFFF, no
 * sequence cut short. A body that is not is refused with 400 before anything of it is stored.
 */
final class StrictUtf8 extends FilterInputStream {
    private long position;
    private int remaining;
    private int low = 0x80;
    private int high = 0xBF;

    StrictUtf8(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(int b) {
        position++;
        if (remaining > 0) {
            if (b < low || b > high) {
                throw invalid();
            }
            remaining--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            remaining = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            remaining = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            remaining = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw invalid();
        }
    }

    private void end() {
        if (remaining > 0) {
            throw invalid();
        }
    }

    private DomainException invalid() {
        return new DomainException(DomainException.Kind.INVALID, "invalid-encoding", "Invalid encoding", "the body is not well-formed UTF-8"
                + " (at byte " + position + "); nothing was stored");
    }
}
