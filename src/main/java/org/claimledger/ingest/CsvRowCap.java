package org.claimledger.ingest;

import org.claimledger.common.DomainException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a CSV row (a record: newlines inside quotes belong to it) longer than the cap while it is
 * still being read, so one huge cell cannot fill the heap before the import is refused. Quotes and
 * newlines are ASCII, so the bytes of UTF-8 text can be counted as they come.
 */
final class CsvRowCap extends FilterInputStream {
    private final long cap;
    private long row;
    private boolean quoted;

    CsvRowCap(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(int b) {
        if (b == '"') {
            quoted = !quoted;
        } else if (b == '\n' && !quoted) {
            row = 0;
            return;
        }
        if (++row > cap) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "payload-too-large", "Payload too large", "a CSV row is longer than the "
                    + cap + " bytes an import accepts (claimledger.limits.max-csv-row-size); nothing was imported");
        }
    }
}
