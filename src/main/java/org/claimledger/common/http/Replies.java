package org.claimledger.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimledger.common.idempotency.IdempotencyKeys;
import org.claimledger.common.idempotency.IdempotentRequest;
import org.claimledger.common.idempotency.Reply;
import org.claimledger.common.idempotency.StoredAnswer;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Idempotent POSTs at the HTTP edge: the request a resource hands its service, and the response for
 * the service's reply (the first answer, or the kept one marked Idempotent-Replayed).
 */
public final class Replies {
    private Replies() {
    }

    /** The request to hand a service; {@code respond} says how a value the work returns is answered. */
    public static <V> IdempotentRequest<V> request(String key, String principal, String operation,
                                                   Supplier<byte[]> body, Function<V, Response> respond) {
        return new IdempotentRequest<>(key, principal, operation, body, value -> kept(respond.apply(value)));
    }

    public static <V> Response response(Reply<V> reply, Function<V, Response> respond) {
        if (reply instanceof Reply.First<V> first) {
            return respond.apply(first.value());
        }
        StoredAnswer answer = ((Reply.Replayed<V>) reply).answer();
        Response.ResponseBuilder replayed = Response.status(answer.status()).header(IdempotencyKeys.REPLAYED, "true");
        if (answer.location() != null) {
            replayed.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.body() != null) {
            replayed.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (answer.etag() != null) {
            replayed.header(HttpHeaders.ETAG, answer.etag());
        }
        return replayed.build();
    }

    private static StoredAnswer kept(Response response) {
        return new StoredAnswer(response.getStatus(),
                response.getLocation() == null ? null : response.getLocation().toString(),
                response.getHeaderString(HttpHeaders.ETAG), response.getEntity());
    }
}
