package org.claimledger.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP/1.1 client for what RestAssured is not made for: many threads at once, and requests
 * whose bytes and headers must go out exactly as written (malformed bodies, hostile header values).
 */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final java.util.concurrent.atomic.AtomicInteger waitedOut = new java.util.concurrent.atomic.AtomicInteger();

    public Http(URI base) {
        this.base = base;
    }

    /** A request about to be sent; headers are kept in the order given. */
    public final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Call json(Object body) {
            try {
                return body("application/json", body instanceof byte[] bytes ? bytes : JSON.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Call body(String contentType, byte[] bytes) {
            headers.put("Content-Type", contentType);
            this.body = bytes;
            return this;
        }

        /**
         * Sends as a polite client does: a 429 (refused before anything was done) is waited out for its
         * Retry-After and sent again, up to a minute in all; so is a 503 with Retry-After to a GET (the
         * service or the proxy in front of it has no database to read from for the moment, and a read is
         * safe to send again). Any other answer is returned as it came, and so is a write's 503, which
         * the caller retries itself with its Idempotency-Key or If-Match.
         */
        public Answer sendPolitely() {
            Answer answer = send();
            for (int waited = 0; waitOut(answer) && waited < 60; ) {
                String retryAfter = answer.header("Retry-After");
                int seconds = retryAfter == null ? 1 : Math.max(1, Integer.parseInt(retryAfter.trim()));
                try {
                    Thread.sleep(seconds * 1000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                waited += seconds;
                waitedOut.incrementAndGet();
                answer = send();
            }
            return answer;
        }

        private boolean waitOut(Answer answer) {
            return answer.status() == 429
                    || (answer.status() == 503 && "GET".equals(method) && answer.header("Retry-After") != null);
        }

        public Answer send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            try {
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                        response.headers().map(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** How many refusals {@link Call#sendPolitely()} has waited out and sent again. */
    public int waitedOut() {
        return waitedOut.get();
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    /** A response, read whole. */
    /** Every item of a list, following nextCursor page by page; a page that is not a 200 fails the caller. */
    public com.fasterxml.jackson.databind.node.ArrayNode items(String path) {
        com.fasterxml.jackson.databind.node.ArrayNode items = JSON.createArrayNode();
        String cursor = null;
        do {
            String page = path + (cursor == null ? "" : (path.contains("?") ? "&" : "?") + "cursor=" + cursor);
            Answer answer = call("GET", page).sendPolitely();
            if (answer.status() != 200) {
                throw new AssertionError("GET " + page + " answered " + answer.status() + ": " + answer.text());
            }
            answer.json().path("items").forEach(items::add);
            JsonNode next = answer.json().path("nextCursor");
            cursor = next.isTextual() ? next.asText() : null;
        } while (cursor != null);
        return items;
    }

    public record Answer(int status, String contentType, Map<String, java.util.List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
