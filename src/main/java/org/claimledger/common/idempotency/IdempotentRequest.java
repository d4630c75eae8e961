package org.claimledger.common.idempotency;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A POST a client may send again: who sent it ({@code principal}, the token), its Idempotency-Key (null
 * when it sent none), the operation it calls, a fingerprint of its body (asked after the work, so a
 * streamed body can be hashed as it is read), and the answer to keep for a value the work returns.
 */
public record IdempotentRequest<V>(String key, String principal, String operation, Supplier<byte[]> body,
                                   Function<V, StoredAnswer> answer) {
}
