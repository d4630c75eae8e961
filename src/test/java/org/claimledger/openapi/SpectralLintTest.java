package org.claimledger.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * openapi/openapi.yaml passes Stoplight Spectral's OpenAPI ruleset (.spectral.yaml: spectral:oas, every
 * rule on) with no error, warning or hint: what a client generator needs (operationIds, descriptions,
 * servers, declared error bodies) is there.
 */
class SpectralLintTest {
    private static final String INSTALL = "npm install -g @stoplight/spectral-cli@6";

    @Test
    void theContractHasNoFindingsUnderSpectralsOpenApiRuleset() throws Exception {
        Assumptions.assumeTrue(onPath("spectral"), "spectral is not installed; to run this test: " + INSTALL);
        Path report = Path.of("target", "spectral.json");
        Files.createDirectories(report.getParent());
        Files.deleteIfExists(report);
        Process spectral = new ProcessBuilder("spectral", "lint", "openapi/openapi.yaml", "--ruleset", ".spectral.yaml",
                "--format", "json", "--output", report.toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "spectral.log").toFile()).start();
        assertThat(spectral.waitFor(3, TimeUnit.MINUTES)).as("spectral finished within 3 minutes").isTrue();
        assertThat(report).as("spectral's report (its log: target/spectral.log)").exists();

        List<String> findings = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(report.toFile())) {
            findings.add(result.path("code").asText() + " at " + result.path("path") + ", line "
                    + (result.path("range").path("start").path("line").asInt() + 1) + ": "
                    + result.path("message").asText());
        }
        assertThat(findings).as("Spectral findings in openapi/openapi.yaml").isEmpty();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
