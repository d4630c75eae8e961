package org.claimledger.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.claimledger.common.DomainException;
import org.claimledger.common.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a retried POST safe (the Stripe model): the first request with a key does the work and keeps
 * its answer in the same transaction, which the calling service owns; a replay with the same key and
 * body gets that answer back and writes nothing; the same key with another body is refused. Concurrent
 * replays wait on the key until the first request commits or rolls back.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotencyStore store;
    private final ObjectMapper json;

    IdempotencyKeys(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** Does {@code work} once per key, inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <V> Reply<V> once(IdempotentRequest<V> request, Supplier<V> work) {
        String key = request.key();
        if (key == null) {
            return new Reply.First<>(work.get());
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw InvalidInput.of(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        Optional<IdempotencyStore.Kept> kept = store.take(request.principal(), key);
        if (kept.isPresent()) {
            byte[] hash = digest(request.operation(), request.body().get());
            if (kept.get().requestHash() == null || !Arrays.equals(kept.get().requestHash(), hash)) {
                throw new DomainException(DomainException.Kind.KEY_REUSED, "idempotency-key-reused",
                        "Idempotency key reused",
                        "this Idempotency-Key was used for a different request; use a new key for a new request");
            }
            return new Reply.Replayed<>(kept.get().answer());
        }
        V value = work.get();
        store.keep(request.principal(), key, new IdempotencyStore.Kept(digest(request.operation(), request.body().get()),
                request.answer().apply(value)));
        return new Reply.First<>(value);
    }

    /** The fingerprint of a request body given as a record. */
    public byte[] fingerprintOf(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request bodies are records that always serialize", e);
        }
    }

    private static byte[] digest(String operation, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
