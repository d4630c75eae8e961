package org.claimledger.common.idempotency;

import java.util.Optional;

/**
 * Where the answers to idempotent requests are kept, by token and key. Both calls join the caller's
 * transaction: the key stays taken until it commits, and is free again if it rolls back.
 */
public interface IdempotencyStore {
    /** What a request with this key stored before: the fingerprint of its request and its answer. */
    record Kept(byte[] requestHash, StoredAnswer answer) {
    }

    /** Takes the key for the current request, waiting for a concurrent holder; empty when it was free. */
    Optional<Kept> take(String principal, String key);

    /** Keeps the answer of the request that took the key. */
    void keep(String principal, String key, Kept kept);
}
