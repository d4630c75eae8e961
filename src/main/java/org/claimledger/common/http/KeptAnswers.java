package org.claimledger.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.claimledger.common.KeptAnswer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON of each {@link KeptAnswer} and its ETag, made once per answer: a comparison served from the
 * cache is the same object every time, and writing its 20-30 KB of JSON again (or hashing it again for
 * its tag) cost more than everything else its answer does. Held only as long as the answer is (weak,
 * identity keys), so they never outlive the answer they were written from.
 */
@ApplicationScoped
class KeptAnswers {
    record Written(byte[] bytes, String etag) {
    }

    private final ObjectMapper json;
    private final Cache<KeptAnswer, Written> written = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    KeptAnswers(ObjectMapper json) {
        this.json = json;
    }

    Written of(KeptAnswer answer) {
        return written.get(answer, this::write);
    }

    private Written write(KeptAnswer answer) {
        try {
            byte[] bytes = json.writeValueAsBytes(answer);
            return new Written(bytes, Etags.hashed(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
