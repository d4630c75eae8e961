package org.claimledger.trust;

import org.claimledger.embedded.EmbeddedDatabase;
import org.claimledger.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset export round-trips: export the bundled dataset, import it into an empty database with
 * another service, export again, and the two documents are identical. Claims keep their keys, and with
 * them their ids, in the second database.
 */
class DatasetRoundTripIT {
    @TempDir
    Path dir;

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameDocument() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir.resolve("first"), 0, true);
             EmbeddedDatabase second = EmbeddedDatabase.start(dir.resolve("second"), 0, true)) {
            ServiceProcess original = ServiceProcess.start(first, Path.of("target", "round-trip-service-1.log"),
                    Map.of("CLAIMLEDGER_DATASET_LOAD_ON_EMPTY", "true"));
            ServiceProcess copy = null;
            try {
                Http.Answer exported = original.http().call("GET", "/api/v1/dataset").send();
                assertThat(exported.status()).isEqualTo(200);
                assertThat(exported.json().path("claims").size()).isGreaterThanOrEqualTo(150);

                copy = ServiceProcess.start(second, Path.of("target", "round-trip-service-2.log"));
                assertThat(copy.http().call("GET", "/api/v1/claims").send().json().path("items").size())
                        .as("the second database starts empty").isZero();
                Http.Answer imported = copy.http().call("POST", "/api/v1/imports")
                        .bearer(copy.newToken("round-trip", "admin"))
                        .body("application/json", exported.body()).send();
                assertThat(imported.status()).as(imported.text()).isEqualTo(201);
                Http.Answer again = copy.http().call("GET", "/api/v1/dataset").send();

                String before = new String(exported.body(), StandardCharsets.UTF_8);
                String after = new String(again.body(), StandardCharsets.UTF_8);
                assertThat(after).isEqualTo(before);
                System.out.printf("[round-trip] exported %d parties, %d sources, %d claims, %d links (%d bytes); "
                                + "imported into an empty database: %s; exported again: identical%n",
                        exported.json().path("parties").size(), exported.json().path("sources").size(),
                        exported.json().path("claims").size(), exported.json().path("links").size(),
                        exported.body().length, imported.json().path("claims"));
            } finally {
                original.kill();
                if (copy != null) {
                    copy.kill();
                }
            }
        }
    }
}
