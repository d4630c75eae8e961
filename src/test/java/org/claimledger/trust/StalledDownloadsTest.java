package org.claimledger.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.claimledger.ingest.ImportService;
import org.claimledger.support.Http;
import org.claimledger.synthetic.SyntheticDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load tests of a public deployment, on loopback only and bounded in count and time. 400 readers
 * from 40 addresses (127.0.0.2-41) ask for a CSV export of every claim and never read it, so each
 * download that is let through stalls with its socket buffers full; meanwhile another client's reads
 * and the readiness check must keep answering, every one under a second at the 99th percentile.
 * Then one client past its rate gets 429 with Retry-After.
 */
@QuarkusTest
@TestProfile(PublicDeployment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StalledDownloadsTest {
    private static final int CLAIMS = 20_000;
    private static final int STALLED = 400;
    private static final int ADDRESSES = 40;
    private static final int GOOD_REQUESTS = 150;

    @TestHTTPResource("/")
    URL base;
    @Inject
    ImportService imports;
    @Inject
    ObjectMapper json;

    @BeforeAll
    void loadEnoughClaimsThatAnExportOverflowsTheSocketBuffers() throws Exception {
        Path file = Files.createTempFile("claimledger-stalled", ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SyntheticDataset(CLAIMS, 11).write(out, json);
        }
        try (InputStream in = Files.newInputStream(file)) {
            imports.importJson(in, "test:stalled-downloads");
        }
        Files.delete(file);
    }

    @Test
    void stalledDownloadsDoNotStopOtherReadersOrTheReadinessCheck() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                stalled.add(stall("127.0.0." + (2 + i % ADDRESSES)));
            }
            for (Socket socket : stalled) {
                statuses.merge(statusLine(socket), 1, Integer::sum);
            }
            // the downloads let through write until their readers' buffers are full, then stall; the reads
            // of the first seconds, while they are still writing, are shown but not held to the bound
            Http onset = new Http(base.toURI());
            List<Long> first = new ArrayList<>();
            long onsetEnds = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < onsetEnds) {
                long t0 = System.nanoTime();
                int status = onset.call("GET", "/api/v1/claims?limit=1").send().status();
                first.add(status == 200 ? (System.nanoTime() - t0) / 1_000 : Long.MAX_VALUE / 2);
                Thread.sleep(100);
            }
            Collections.sort(first);
            String sessions = databaseSessions();
            Http good = new Http(base.toURI());
            List<Long> micros = new ArrayList<>();
            Map<String, Long> slowest = new TreeMap<>();
            List<String> failures = new ArrayList<>();
            String[] paths = {"/api/v1/claims?limit=1", "/q/health/ready", "/api/v1", "/api/v1/claims?limit=50&q=tank"};
            long started = System.nanoTime();
            for (int i = 0; i < GOOD_REQUESTS; i++) {
                String path = paths[i % paths.length];
                long t0 = System.nanoTime();
                Http.Answer answer = good.call("GET", path).send();
                long took = (System.nanoTime() - t0) / 1_000;
                micros.add(took);
                slowest.merge(path, took, Math::max);
                if (answer.status() != 200) {
                    failures.add(path + " -> " + answer.status() + " " + answer.text());
                }
                Thread.sleep(Math.max(0, 70 - (System.nanoTime() - t0) / 1_000_000));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Collections.sort(micros);
            long p50 = micros.get(micros.size() / 2);
            long p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1);
            System.out.printf("[stalled-downloads] %d CSV downloads of %,d claims from %d addresses, never read: answers %s;"
                            + " meanwhile another client's %d reads over %.1f s: %d failed, p50 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms; slowest by path (ms): %s; database sessions while stalled: %s;"
                            + " in the first 10 s, while the downloads were still writing: %d reads, max %.1f ms%n", STALLED, CLAIMS, ADDRESSES, statuses, GOOD_REQUESTS,
                    seconds, failures.size(), p50 / 1e3, p99 / 1e3, micros.get(micros.size() - 1) / 1e3,
                    slowest.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / 1000).toList(), sessions,
                    first.size(), first.get(first.size() - 1) / 1e3);
            assertThat(failures).isEmpty();
            assertThat(p99).as("p99 in microseconds").isLessThan(1_000_000);
            assertThat(statuses.get("200")).as("downloads let through, and now stalled").isPositive();
            assertThat(statuses.keySet()).as("every stalled request was answered: a download, or a refusal with"
                    + " Retry-After, never a failure").isSubsetOf("200", "429", "503");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        // the stalled downloads' slots are given back when their connections close
        Thread.sleep(1_000);
        Http again = new Http(base.toURI());
        Http.Answer download = again.call("GET", "/api/v1/claims.csv?limit=5").header("Accept", "text/csv").send();
        assertThat(download.status()).as(download.text()).isEqualTo(200);
    }

    @Test
    void aClientPastItsRateIsToldWhenToComeBack() throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> retryAfter = new ArrayList<>();
        long started = System.nanoTime();
        int sent = 0;
        while (sent < 600 && retryAfter.size() < 10) {
            sent++;
            try (Socket socket = new Socket()) {
                socket.bind(new InetSocketAddress("127.0.0.60", 0));
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /api/v1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int status = Integer.parseInt(response.substring(9, 12));
                statuses.merge(status, 1, Integer::sum);
                if (status == 429) {
                    String header = response.lines().filter(l -> l.toLowerCase().startsWith("retry-after:"))
                            .findFirst().orElse("(none)");
                    retryAfter.add(header.substring(header.indexOf(':') + 1).trim());
                    assertThat(response).contains("application/problem+json").contains("\"status\":429");
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[rate-limit] %d requests from one address in %.2f s: %s; Retry-After of the 429s: %s%n",
                sent, seconds, statuses, new java.util.TreeSet<>(retryAfter));
        assertThat(statuses.get(429)).as("refused past the limit").isPositive();
        assertThat(statuses.get(200)).as("admitted up to the limit").isGreaterThanOrEqualTo(60);
        assertThat(retryAfter).allSatisfy(value -> assertThat(Integer.parseInt(value)).isBetween(1, 60));
        assertThat(new Http(base.toURI()).call("GET", "/q/health/ready").send().status()).isEqualTo(200);
    }

    /** What the service's database connections are doing, read over a connection of the test's own. */
    private static String databaseSessions() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var c = java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             var rs = c.createStatement().executeQuery("SELECT coalesce(state, '?'), count(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1 ORDER BY 1")) {
            StringBuilder states = new StringBuilder();
            while (rs.next()) {
                states.append(states.isEmpty() ? "" : ", ").append(rs.getString(1)).append('=').append(rs.getLong(2));
            }
            return states.toString();
        } catch (java.sql.SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Asks for every claim as CSV from {@code address}, reading nothing back but the status line, later. */
    private Socket stall(String address) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.bind(new InetSocketAddress(address, 0));
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout(20_000);
        socket.getOutputStream().write(("GET /api/v1/claims.csv?status=any HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** The status of the answer, read from its first bytes only ("none" if no answer began in time). */
    private static String statusLine(Socket socket) {
        try {
            byte[] head = new byte[12];
            int read = 0;
            while (read < head.length) {
                int n = socket.getInputStream().read(head, read, head.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return read == head.length ? new String(head, 9, 3, StandardCharsets.US_ASCII) : "none";
        } catch (IOException e) {
            return "none";
        }
    }
}
