package org.claimledger.common.idempotency;

/** The outcome of an idempotent request: the work's value the first time, the kept answer on a retry. */
public sealed interface Reply<V> {
    record First<V>(V value) implements Reply<V> {
    }

    record Replayed<V>(StoredAnswer answer) implements Reply<V> {
    }
}
