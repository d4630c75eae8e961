package org.claimledger.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.common.DomainException;
import org.claimledger.common.InvalidInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a retried POST safe (the Stripe model): the first request with a key does the work and stores
 * its response in the same transaction; a replay with the same key and body gets that response back
 * and writes nothing; the same key with another body is a 422. Concurrent replays wait on the key's
 * row until the first request commits or rolls back.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Duration keep;

    IdempotencyKeys(EntityManager em, ObjectMapper json,
                    @ConfigProperty(name = "claimledger.idempotency.keep", defaultValue = "PT24H") Duration keep) {
        this.em = em;
        this.json = json;
        this.keep = keep;
    }

    /** Runs {@code action} once per key; {@code fingerprint} identifies the request body (asked after the action). */
    @Transactional
    public Response once(String key, String principal, String scope, Supplier<byte[]> fingerprint,
                         Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw InvalidInput.of(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        if (!claim(principal, key)) {
            return replay(principal, key, digest(scope, fingerprint.get()));
        }
        Response response = action.get();
        em.createNativeQuery("UPDATE idempotency_key SET request_hash = :hash, status = :status, location = :location,"
                        + " etag = :etag, body = :body WHERE principal = :principal AND key = :key")
                .setParameter("hash", digest(scope, fingerprint.get()))
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("etag", response.getHeaderString(HttpHeaders.ETAG))
                .setParameter("body", serialize(response.getEntity()))
                .setParameter("principal", principal).setParameter("key", key)
                .executeUpdate();
        return response;
    }

    /** Inserts the key's row, waiting for a concurrent holder; false when the key was used already. */
    private boolean claim(String principal, String key) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE principal = :principal AND key = :key"
                        + " AND created_at < now() - make_interval(secs => :keep)")
                .setParameter("principal", principal).setParameter("key", key)
                .setParameter("keep", (double) keep.toSeconds()).executeUpdate();
        return em.createNativeQuery("INSERT INTO idempotency_key (principal, key) VALUES (:principal, :key)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter("principal", principal).setParameter("key", key).executeUpdate() == 1;
    }

    private Response replay(String principal, String key, byte[] hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, status, location, body, etag FROM idempotency_key"
                        + " WHERE principal = :principal AND key = :key")
                .setParameter("principal", principal).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        if (row[0] == null || !Arrays.equals((byte[]) row[0], hash)) {
            throw new DomainException(DomainException.Kind.KEY_REUSED, "idempotency-key-reused", "Idempotency key reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new request");
        }
        Response.ResponseBuilder replayed = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED, "true");
        if (row[2] != null) {
            replayed.header(HttpHeaders.LOCATION, row[2]);
        }
        if (row[3] != null) {
            replayed.entity(row[3]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[4] != null) {
            replayed.header(HttpHeaders.ETAG, row[4]);
        }
        return replayed.build();
    }

    /** Forgets keys older than the retention period (24 hours unless configured). */
    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetOldKeys() {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => :keep)")
                .setParameter("keep", (double) keep.toSeconds()).executeUpdate();
    }

    public byte[] fingerprintOf(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request bodies are records that always serialize", e);
        }
    }

    private String serialize(Object entity) {
        try {
            return entity == null ? null : entity instanceof String s ? s : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response bodies are records that always serialize", e);
        }
    }

    private static byte[] digest(String scope, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(scope.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
