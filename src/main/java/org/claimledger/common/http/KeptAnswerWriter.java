package org.claimledger.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.claimledger.common.KeptAnswer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link KeptAnswer} as JSON once per instance: a comparison served from the cache is the same
 * object every time, and writing its 20-30 KB of JSON again cost more than everything else its answer
 * does. The bytes are held only as long as the instance is (weak, identity keys), so they can never
 * outlive the answer they were written from.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
class KeptAnswerWriter implements MessageBodyWriter<KeptAnswer> {
    private final ObjectMapper json;
    private final Cache<KeptAnswer, byte[]> written = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    KeptAnswerWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return KeptAnswer.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(KeptAnswer answer, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        out.write(written.get(answer, this::serialize));
    }

    private byte[] serialize(KeptAnswer answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
