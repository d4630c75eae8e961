package org.claimledger.trust;

import org.claimledger.embedded.EmbeddedDatabase;
import org.claimledger.support.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The packaged service (java -jar target/quarkus-app/quarkus-run.jar) as a child process of the test. */
final class ServiceProcess {
    static final String ADMIN_TOKEN = "crash-test-admin-token";
    private static final Duration READY = Duration.ofMinutes(3);

    private final Process process;
    private final URI base;
    private final Path log;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServiceProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts the service on a free port against {@code db}, without loading a dataset, and waits until it is ready. */
    static ServiceProcess start(EmbeddedDatabase db, Path log) throws Exception {
        return start(db, log, Map.of());
    }

    /** The same, with more settings in the environment (they win over the defaults above). */
    static ServiceProcess start(EmbeddedDatabase db, Path log, Map<String, String> settings) throws Exception {
        ProcessBuilder builder = java();
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
        return start(builder, log, settings);
    }

    /**
     * Starts the service as a user does, with no database configured: it starts its own embedded
     * PostgreSQL where {@code embedded} says (CLAIMLEDGER_EMBEDDED_DATA_DIR and _PORT).
     */
    static ServiceProcess startEmbedded(Map<String, String> embedded, Path log) throws Exception {
        return start(java(), log, embedded);
    }

    private static ServiceProcess start(ProcessBuilder builder, Path log, Map<String, String> settings)
            throws Exception {
        int port = freePort();
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("CLAIMLEDGER_AUTH_INITIAL_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("CLAIMLEDGER_DATASET_LOAD_ON_EMPTY", "false");
        env.putAll(settings);
        ServiceProcess service = new ServiceProcess(builder.start(), URI.create("http://localhost:" + port), log);
        service.awaitReady();
        return service;
    }

    /** What a command of the packaged jar printed (stdout and stderr together) and its exit code. */
    record Command(int exitCode, String output) {
        List<String> lines() {
            return output.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    /** Runs {@code java -jar quarkus-run.jar ARGS} with {@code settings} in its environment, to its end. */
    static Command command(Map<String, String> settings, String... args) throws Exception {
        ProcessBuilder builder = java(args).redirectErrorStream(true);
        builder.environment().putAll(settings);
        Process process = builder.start();
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!process.waitFor(READY.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("claimledger " + String.join(" ", args) + " did not end within " + READY);
        }
        return new Command(process.exitValue(), new String(output.get(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@code java -jar} of the packaged service, with no database settings inherited from the test's environment. */
    private static ProcessBuilder java(String... args) {
        String jar = System.getProperty("claimledger.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("no packaged service at claimledger.jar=" + jar + "; run with mvn verify");
        }
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE_")
                || name.startsWith("CLAIMLEDGER_"));
        return builder;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + READY.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service was not ready within " + READY + ":\n" + tail());
    }

    Http http() {
        return new Http(base);
    }

    String newToken(String name, String role) {
        Http.Answer created = new Http(base).call("POST", "/api/v1/tokens").bearer(ADMIN_TOKEN)
                .json(Map.of("name", name, "role", role)).send();
        if (created.status() != 201) {
            throw new IllegalStateException("could not create a token: " + created.status() + " " + created.text());
        }
        return created.json().path("token").asText();
    }

    /** POSTs the body as a stream (chunked), with the Idempotency-Key; completes when the answer is read. */
    CompletableFuture<Http.Answer> importAsync(String token, String key, GeneratedImport body) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/imports"))
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> new Http.Answer(
                r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.headers().map(), r.body()));
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM, as Ctrl+C or a service manager sends: the service shuts down and stops its PostgreSQL. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(READY.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the service did not stop within " + READY + " of SIGTERM:\n" + tail());
        }
        return process.exitValue();
    }

    /** SIGKILL (Process.destroyForcibly on Linux), and the exit status; safe to call on a dead process. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
