package org.claimledger.common.http;

import org.claimledger.common.Overloaded;
import org.claimledger.common.Problem;
import org.claimledger.common.ProblemMapper;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admits or refuses each request on the event loop, before it takes a worker thread: a client past its
 * rate (a token bucket) or with too many requests or downloads in progress gets 429, and a download
 * when too many are running in all gets 503; both say when to come back (Retry-After). Health checks
 * are never refused. Counts are released when the response ends or the connection closes.
 */
@ApplicationScoped
public class ClientGate {
    private static final String OVERFLOW = "(too many clients)";

    private final ClientLimits limits;
    private final ConcurrentHashMap<String, Client> clients = new ConcurrentHashMap<>();
    private final AtomicInteger downloads = new AtomicInteger();

    ClientGate(ClientLimits limits) {
        this.limits = limits;
    }

    private final class Client {
        final Bucket bucket = Bucket.builder().addLimit(limit -> limit.capacity(limits.burst())
                .refillGreedy(limits.requestsPerSecond(), Duration.ofSeconds(1))).build();
        final AtomicInteger inProgress = new AtomicInteger();
        final AtomicInteger downloads = new AtomicInteger();
        volatile long lastSeen = System.nanoTime();
    }

    void install(@Observes Router router) {
        if (limits.enabled()) {
            router.route().order(-1_000).handler(this::admit);
        }
    }

    private void admit(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith("/q/health")) {
            rc.next();
            return;
        }
        Client client = client(rc.request());
        ConsumptionProbe probe = client.bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            refuse(rc, Overloaded.tooManyRequests(seconds(probe.getNanosToWaitForRefill()), "more than "
                    + limits.requestsPerSecond() + " requests per second (bursts of " + limits.burst()
                    + ") from one client; slow down"));
            return;
        }
        if (client.inProgress.incrementAndGet() > limits.concurrent()) {
            client.inProgress.decrementAndGet();
            refuse(rc, Overloaded.tooManyRequests(1, "more than " + limits.concurrent()
                    + " requests of one client in progress at once; wait for an answer before sending more"));
            return;
        }
        boolean download = isDownload(rc.request(), path);
        if (download && client.downloads.incrementAndGet() > limits.downloads()) {
            client.downloads.decrementAndGet();
            client.inProgress.decrementAndGet();
            refuse(rc, Overloaded.tooManyRequests(5, "more than " + limits.downloads()
                    + " downloads of one client in progress at once; finish one first"));
            return;
        }
        if (download && downloads.incrementAndGet() > limits.downloadsTotal()) {
            downloads.decrementAndGet();
            client.downloads.decrementAndGet();
            client.inProgress.decrementAndGet();
            refuse(rc, Overloaded.busy("the service is serving as many downloads as it can; try again shortly", 10));
            return;
        }
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        rc.addEndHandler(done -> {
            if (released.compareAndSet(false, true)) {
                client.inProgress.decrementAndGet();
                if (download) {
                    client.downloads.decrementAndGet();
                    downloads.decrementAndGet();
                }
                client.lastSeen = System.nanoTime();
            }
        });
        rc.next();
    }

    /** The exports, which stream for as long as the reader takes. */
    static boolean isDownload(HttpServerRequest request, String path) {
        if (path.equals("/api/v1/claims.csv") || path.equals("/api/v1/claims.jsonld") || path.equals("/api/v1/dataset")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return path.equals("/api/v1/claims") && accept != null
                && (accept.contains("text/csv") || accept.contains("application/ld+json"));
    }

    private Client client(HttpServerRequest request) {
        String key = key(request.remoteAddress());
        Client client = clients.get(key);
        if (client == null) {
            if (clients.size() >= limits.tracked()) {
                key = OVERFLOW;
            }
            client = clients.computeIfAbsent(key, k -> new Client());
        }
        client.lastSeen = System.nanoTime();
        return client;
    }

    /** An IPv4 address, or the /64 network of an IPv6 address (one host holds a whole /64). */
    static String key(SocketAddress address) {
        String host = address == null ? null : address.hostAddress();
        if (host == null) {
            return "unknown";
        }
        if (host.indexOf(':') < 0) {
            return host;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(host).getAddress();
            if (bytes.length == 16) {
                return String.format("%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", bytes[0], bytes[1], bytes[2], bytes[3],
                        bytes[4], bytes[5], bytes[6], bytes[7]);
            }
        } catch (java.net.UnknownHostException e) {
            // a literal address is never looked up
        }
        return host;
    }

    /** Clients idle for a minute are forgotten: their bucket would be full again by then. */
    @Scheduled(every = "60s", identity = "forget-idle-clients")
    void forgetIdle() {
        long cutoff = System.nanoTime() - TimeUnit.MINUTES.toNanos(1);
        clients.entrySet().removeIf(e -> e.getValue().inProgress.get() == 0 && e.getValue().lastSeen < cutoff);
    }

    private static long seconds(long nanos) {
        return Math.max(1, (long) Math.ceil(nanos / 1e9));
    }

    private static void refuse(RoutingContext rc, Overloaded e) {
        Problem problem = ProblemMapper.problem(e, rc.normalizedPath());
        rc.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(e.retryAfterSeconds()))
                .end(io.vertx.core.json.Json.encode(problem));
    }
}
