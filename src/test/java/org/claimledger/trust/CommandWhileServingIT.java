package org.claimledger.trust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command run while the service holds the embedded database (the packaged jar, as a user runs both):
 * one PostgreSQL data directory has one owner, so the command refuses in one line that says to stop the
 * service first, and works once it is stopped.
 */
class CommandWhileServingIT {
    @TempDir
    Path dir;

    @Test
    void tokenListWhileTheServiceHoldsTheEmbeddedDatabaseSaysInOneLineToStopItFirst() throws Exception {
        Map<String, String> embedded = Map.of("CLAIMLEDGER_EMBEDDED_DATA_DIR", dir.resolve("pgdata").toString(),
                "CLAIMLEDGER_EMBEDDED_PORT", Integer.toString(ServiceProcess.freePort()));
        ServiceProcess service = ServiceProcess.startEmbedded(embedded, Path.of("target", "command-while-serving.log"));
        ServiceProcess.Command busy;
        try {
            busy = ServiceProcess.command(embedded, "token", "list");
        } finally {
            service.stop();
        }
        ServiceProcess.Command afterwards = ServiceProcess.command(embedded, "token", "list");

        System.out.printf("[command-while-serving] token list while serving: exit %d, %s%n", busy.exitCode(),
                busy.output().strip());
        assertThat(busy.exitCode()).as(busy.output()).isNotZero();
        assertThat(busy.lines()).as("one line, no stack trace").hasSize(1);
        assertThat(busy.lines().get(0)).contains("in use by the claimledger running as process " + service.pid(),
                "stop that service first").doesNotContain("Exception");

        assertThat(afterwards.exitCode()).as(afterwards.output()).isZero();
        assertThat(afterwards.lines()).anySatisfy(line -> assertThat(line).contains("admin", "active"));
    }
}
