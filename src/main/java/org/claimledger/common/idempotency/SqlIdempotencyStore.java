package org.claimledger.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.claimledger.common.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** The idempotency_key table; keys are forgotten after the retention period (24 hours unless configured). */
@ApplicationScoped
class SqlIdempotencyStore implements IdempotencyStore {
    private final EntityManager em;
    private final ObjectMapper json;
    private final Duration keep;

    SqlIdempotencyStore(EntityManager em, ObjectMapper json,
                        @ConfigProperty(name = "claimledger.idempotency.keep", defaultValue = "PT24H") Duration keep) {
        this.em = em;
        this.json = json;
        this.keep = keep;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Kept> take(String principal, String key) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE principal = :principal AND key = :key"
                        + " AND created_at < now() - make_interval(secs => :keep)")
                .setParameter("principal", principal).setParameter("key", key)
                .setParameter("keep", (double) keep.toSeconds()).executeUpdate();
        boolean taken = em.createNativeQuery("INSERT INTO idempotency_key (principal, key) VALUES (:principal, :key)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter("principal", principal).setParameter("key", key).executeUpdate() == 1;
        if (taken) {
            return Optional.empty();
        }
        Row row = Row.all(em.createNativeQuery("SELECT request_hash, status, location, body, etag FROM idempotency_key"
                        + " WHERE principal = :principal AND key = :key", Tuple.class)
                .setParameter("principal", principal).setParameter("key", key)).get(0);
        Long status = row.number("status");
        return Optional.of(new Kept(row.bytes("request_hash"), new StoredAnswer(status == null ? 0 : status.intValue(),
                row.string("location"), row.string("etag"), row.string("body"))));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(String principal, String key, Kept kept) {
        StoredAnswer answer = kept.answer();
        em.createNativeQuery("UPDATE idempotency_key SET request_hash = :hash, status = :status, location = :location,"
                        + " etag = :etag, body = :body WHERE principal = :principal AND key = :key")
                .setParameter("hash", kept.requestHash())
                .setParameter("status", answer.status())
                .setParameter("location", answer.location())
                .setParameter("etag", answer.etag())
                .setParameter("body", serialize(answer.body()))
                .setParameter("principal", principal).setParameter("key", key)
                .executeUpdate();
    }

    /** Forgets keys older than the retention period. */
    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetOldKeys() {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => :keep)")
                .setParameter("keep", (double) keep.toSeconds()).executeUpdate();
    }

    private String serialize(Object body) {
        try {
            return body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response bodies are records that always serialize", e);
        }
    }
}
