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
public class KeptAnswers {
    /**
     * The heap a kept answer holds, per byte of its JSON: the JSON itself, and the objects it was written
     * from (text in strings, each with its header, records, identifiers, dates), about twice as much again.
     */
    static final int HEAP_PER_JSON_BYTE = 3;

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

    /**
     * About how many bytes of heap an answer kept in a cache holds (the answer cache's weigher). A
     * {@link KeptAnswer} is written here and then, as it is served, not again; another answer is written
     * only to be measured.
     */
    public int estimatedHeap(Object answer) {
        try {
            long json = answer instanceof KeptAnswer kept ? of(kept).bytes().length : this.json.writeValueAsBytes(answer).length;
            return (int) Math.min(Integer.MAX_VALUE, json * HEAP_PER_JSON_BYTE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
