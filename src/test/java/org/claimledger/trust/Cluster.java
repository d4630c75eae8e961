package org.claimledger.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cluster of {@code deploy/cluster} (pg_auto_failover monitor, a primary and a synchronous standby,
 * two service instances, HAProxy), started and stopped through that script, on loopback ports of its
 * own and in a directory of its own, so it never meets a cluster a developer runs with the defaults.
 */
final class Cluster implements AutoCloseable {
    static final Path SCRIPT = Path.of("deploy", "cluster");
    static final String DB_USER = "claimledger";

    private final Path dir;
    private final Path logs;
    private final Map<String, String> env = new HashMap<>();
    final List<Integer> pgPorts;
    final List<Integer> instancePorts;
    final int httpPort;

    /** Ports are taken from the ranges this project's tools use, above the script's defaults. */
    Cluster(Path logs, String adminToken) throws IOException {
        this.dir = Files.createTempDirectory("claimledger-cluster-it-");
        this.logs = logs;
        try (Stream<Path> old = Files.list(logs)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        List<Integer> pg = freePorts(15460, 15499, 3);
        List<Integer> http = freePorts(18060, 18099, 4);
        pgPorts = pg.subList(1, 3);
        httpPort = http.get(0);
        instancePorts = http.subList(1, 3);
        env.put("CLAIMLEDGER_CLUSTER_DIR", dir.toString());
        env.put("CLAIMLEDGER_CLUSTER_MONITOR_PORT", pg.get(0).toString());
        env.put("CLAIMLEDGER_CLUSTER_PG_PORTS", join(pgPorts));
        env.put("CLAIMLEDGER_CLUSTER_HTTP_PORT", Integer.toString(httpPort));
        env.put("CLAIMLEDGER_CLUSTER_INSTANCE_PORTS", join(instancePorts));
        env.put("CLAIMLEDGER_CLUSTER_STATS_PORT", http.get(3).toString());
        env.put("CLAIMLEDGER_JAR", System.getProperty("claimledger.jar", "target/quarkus-app/quarkus-run.jar"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CLAIMLEDGER_AUTH_INITIAL_ADMIN_TOKEN", adminToken);
    }

    /** What {@code deploy/cluster check} says is missing, or null when everything is installed. */
    static String missingPackages() throws Exception {
        Process check = new ProcessBuilder("bash", SCRIPT.toString(), "check").redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes()).trim();
        check.waitFor(1, TimeUnit.MINUTES);
        return check.exitValue() == 0 ? null : said;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    URI instance(int i) {
        return URI.create("http://127.0.0.1:" + instancePorts.get(i));
    }

    void up() throws Exception {
        run("up", 6);
    }

    String status() throws Exception {
        return run("status", 1);
    }

    /** Stops everything and deletes the data; keeps the logs under target/ for whoever reads a failure. */
    @Override
    public void close() throws Exception {
        try {
            run("down", 3);
        } finally {
            copyLogs();
            run("down", 3, "--purge");
        }
    }

    private String run(String command, int minutes, String... more) throws Exception {
        List<String> argv = new ArrayList<>(List.of("bash", SCRIPT.toString(), command));
        argv.addAll(List.of(more));
        Path out = logs.resolve("cluster-" + command + ".log");
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("deploy/cluster " + command + " took over " + minutes + " min; see " + out);
        }
        String said = Files.readString(out);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("deploy/cluster " + command + " failed:\n" + said);
        }
        return said;
    }

    /**
     * The node that accepts writes now, asked of the nodes themselves (a dead one refuses the connection).
     * Asked again for up to a minute: on a loaded machine a connection can take seconds, and a node
     * being promoted is briefly neither.
     */
    int primaryPort() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        List<String> failures = new ArrayList<>();
        while (true) {
            failures.clear();
            for (int port : pgPorts) {
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/claimledger"
                        + "?connectTimeout=10&sslmode=disable", DB_USER, "claimledger");
                     Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery()")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return port;
                    }
                    failures.add(port + ": in recovery");
                } catch (SQLException down) {
                    failures.add(port + ": " + down.getMessage());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no primary among " + pgPorts + " for a minute: " + failures);
            }
            Thread.sleep(500);
        }
    }

    /**
     * The loss of a database server: SIGKILL of the node's pg_autoctl keeper (which would otherwise
     * restart PostgreSQL), its postmaster and every other process of the node, all at once.
     */
    List<Long> killNode(int port) throws IOException {
        Path data = dir.resolve("pg").resolve("node" + (pgPorts.indexOf(port) + 1));
        long keeper = firstNumber(dir.resolve("pg").resolve("run").resolve("pg_autoctl" + data).resolve("pg_autoctl.pid"));
        long postmaster = firstNumber(data.resolve("postmaster.pid"));
        ProcessHandle keeperProcess = ProcessHandle.of(keeper).orElseThrow(() -> new IllegalStateException("no keeper " + keeper));
        List<ProcessHandle> node = Stream.concat(Stream.of(keeperProcess), keeperProcess.descendants()).toList();
        if (node.stream().noneMatch(p -> p.pid() == postmaster)) {
            throw new IllegalStateException("postmaster " + postmaster + " is not run by keeper " + keeper);
        }
        node.forEach(ProcessHandle::destroyForcibly);
        return List.of(keeper, postmaster);
    }

    long instanceLogLines(String text) throws IOException {
        long found = 0;
        for (int port : instancePorts) {
            try (Stream<String> lines = Files.lines(dir.resolve("logs").resolve("instance-" + port + ".log"))) {
                found += lines.filter(l -> l.contains(text)).count();
            }
        }
        return found;
    }

    private void copyLogs() {
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            for (Path file : files.toList()) {
                Files.copy(file, logs.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long firstNumber(Path file) throws IOException {
        return Long.parseLong(Files.readAllLines(file).get(0).trim());
    }

    private static List<Integer> freePorts(int from, int to, int count) {
        List<Integer> ports = new ArrayList<>();
        for (int port = from; port <= to && ports.size() < count; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                ports.add(port);
            } catch (IOException taken) {
                // in use: try the next
            }
        }
        if (ports.size() < count) {
            throw new IllegalStateException("fewer than " + count + " free ports in " + from + "-" + to);
        }
        return ports;
    }

    private static String join(List<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
