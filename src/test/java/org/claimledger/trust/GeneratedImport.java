package org.claimledger.trust;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An import body written as it is read, never held in memory: one source, then claims keyed
 * {@code crash/1} to {@code crash/N}. The same N gives the same bytes, so a retry carries the same
 * body (and the same Idempotency-Key fingerprint). It can hold back after a number of claims until
 * released, so that the service cannot finish the import before the test has killed it.
 */
final class GeneratedImport extends InputStream {
    static final String SOURCE = "crash-source";
    private static final byte[] HEAD = ("{\"sources\":[{\"slug\":\"" + SOURCE + "\",\"name\":\"Crash test monitor\","
            + "\"kind\":\"monitor\"}],\"claims\":[").getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "]}".getBytes(StandardCharsets.UTF_8);

    private final int claims;
    private final int holdAfter;
    private final CountDownLatch release;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private byte[] chunk = HEAD;
    private int position;
    private boolean ended;

    /** A body that holds back after {@code holdAfter} claims until {@code release} opens. */
    GeneratedImport(int claims, int holdAfter, CountDownLatch release) {
        this.claims = claims;
        this.holdAfter = holdAfter;
        this.release = release;
    }

    GeneratedImport(int claims) {
        this(claims, Integer.MAX_VALUE, null);
    }

    /** How many claims have been handed to the HTTP client so far. */
    int claimsWritten() {
        return written.get();
    }

    long bytesWritten() {
        return bytes.get();
    }

    @Override
    public int read() throws InterruptedIOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws InterruptedIOException {
        if (position == chunk.length && !next()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        bytes.addAndGet(n);
        return n;
    }

    private boolean next() throws InterruptedIOException {
        int n = written.get() + 1;
        if (n > claims) {
            if (ended) {
                return false;
            }
            ended = true;
            chunk = TAIL;
        } else {
            if (n > holdAfter) {
                hold();
            }
            chunk = claim(n).getBytes(StandardCharsets.UTF_8);
            written.set(n);
        }
        position = 0;
        return true;
    }

    private void hold() throws InterruptedIOException {
        try {
            if (!release.await(5, TimeUnit.MINUTES)) {
                throw new InterruptedIOException("the test never released the import body");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while holding back the import body");
        }
    }

    private static String claim(int n) {
        return (n == 1 ? "" : ",") + "{\"key\":\"crash/" + n + "\",\"source\":\"" + SOURCE + "\",\"statedOn\":\"2020-11-10\","
                + "\"category\":\"casualty\",\"population\":\"military\",\"metric\":\"killed\",\"quantity\":{\"low\":" + n
                + ",\"high\":" + n + ",\"qualifier\":\"exact\",\"text\":\"" + n + "\"},\"statement\":\"Crash test claim "
                + n + ": " + n + " soldiers killed\",\"citations\":[{\"title\":\"Crash test report\",\"reference\":\"[" + n
                + "]\"}]}";
    }
}
