package org.claimledger.common.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.claimledger.common.KeptAnswer;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes a {@link KeptAnswer} as the JSON {@link KeptAnswers} made of it once. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
class KeptAnswerWriter implements MessageBodyWriter<KeptAnswer> {
    private final KeptAnswers kept;

    KeptAnswerWriter(KeptAnswers kept) {
        this.kept = kept;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return KeptAnswer.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(KeptAnswer answer, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        out.write(kept.of(answer).bytes());
    }
}
