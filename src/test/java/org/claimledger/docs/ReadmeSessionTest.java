package org.claimledger.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.claimledger.docs.ReadmeSession.Command;
import org.claimledger.support.Api;
import org.claimledger.support.OwnDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's session with the API, run as a reader pastes it: every command of its {@code console}
 * blocks, in order, in one bash, against this test instance (its address for the README's
 * {@code localhost:8080}), with {@code ADMIN} set to the instance's admin token as the README's setup
 * sets it from the first start's message. Each command's output must be what the README shows: the same
 * JSON values (the README may reflow them), else the same text; ids and times that differ every run, and
 * tokens, are compared as placeholders.
 */
@QuarkusTest
@TestProfile(ReadmeSessionTest.FreshDataset.class)
class ReadmeSessionTest {
    private static final Path README = Path.of("README.md");
    private static final Path CLAIM_EXAMPLE = Path.of("docs/examples/claim.json");
    private static final String INSTALL = "apt-get install curl jq";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARK = Pattern.compile("^@@@ (\\d+) @@@$", Pattern.MULTILINE);

    /**
     * The bundled dataset alone, in a database of this test's own: the session reads the contested
     * ranking and searches, which rows another test bulk-loads into {@link OwnDatabase}'s would change.
     */
    public static class FreshDataset extends OwnDatabase {
    }

    @Test
    void everyCommandOfTheReadmeSessionAnswersWhatTheReadmeShows() throws Exception {
        Assumptions.assumeTrue(onPath("curl") && onPath("jq") && onPath("bash"),
                "the README session needs bash, curl and jq on the PATH; install them (Debian and Ubuntu, as root): "
                        + INSTALL);
        List<Command> commands = ReadmeSession.parse(Files.readString(README)).commands();
        assertThat(commands).as("commands of the README's console blocks").hasSizeGreaterThan(20)
                .anyMatch(c -> c.text().contains("If-Match")).anyMatch(c -> c.text().contains("/comparisons/contested"));

        Map<Integer, String> outputs = run(commands);

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            Command c = commands.get(i);
            String expected = normalized(c.expected());
            String actual = normalized(outputs.getOrDefault(i, "(the command did not run)"));
            if (!same(expected, actual)) {
                mismatches.add("README.md:" + c.line() + ": $ " + c.firstLine() + "\n  README shows:\n"
                        + indent(expected) + "\n  the service answered:\n" + indent(actual));
            }
        }
        assertThat(mismatches).as("commands whose output differs from the README's").isEmpty();
    }

    /** Runs the commands in one bash, in an empty directory holding the example claim; output per command. */
    private static Map<Integer, String> run(List<Command> commands) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("claimledger-readme");
        Files.createDirectories(dir.resolve(CLAIM_EXAMPLE).getParent());
        Files.copy(CLAIM_EXAMPLE, dir.resolve(CLAIM_EXAMPLE));
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            script.append("printf '\\n@@@ ").append(i).append(" @@@\\n'\n")
                    .append(commands.get(i).text().replace("localhost:8080", "localhost:" + RestAssured.port))
                    .append('\n');
        }
        Path scriptFile = dir.resolve("session.sh");
        Files.writeString(scriptFile, script);
        ProcessBuilder builder = new ProcessBuilder("bash", scriptFile.toString()).directory(dir.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).redirectOutput(dir.resolve("stdout.txt").toFile());
        builder.environment().keySet().removeAll(List.of("ADMIN", "EDITOR", "ID", "ETAG"));
        builder.environment().put("ADMIN", Api.ADMIN_TOKEN);
        Process bash = builder.start();
        if (!bash.waitFor(180, TimeUnit.SECONDS)) {
            bash.destroyForcibly();
            throw new AssertionError("the README session did not finish in 180 s; stderr: "
                    + Files.readString(dir.resolve("stderr.txt")));
        }
        String stdout = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8)
                .replace("localhost:" + RestAssured.port, "localhost:8080");
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(stderr).as("what the session wrote to stderr").isEmpty();
        Map<Integer, String> outputs = new HashMap<>();
        Matcher mark = MARK.matcher(stdout);
        Integer current = null;
        int from = 0;
        while (mark.find()) {
            if (current != null) {
                outputs.put(current, stdout.substring(from, mark.start()));
            }
            current = Integer.valueOf(mark.group(1));
            from = mark.end();
        }
        if (current != null) {
            outputs.put(current, stdout.substring(from));
        }
        return outputs;
    }

    /** Without carriage returns and trailing blanks; random ids, times and secret tokens as placeholders. */
    static String normalized(String output) {
        return output.replace("\r", "").strip()
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", "<random-uuid>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})", "<time>")
                .replaceAll("cl_[A-Za-z0-9_-]{20,}", "<token>");
    }

    /** The same JSON values when both are JSON, else the same text. */
    static boolean same(String expected, String actual) {
        Optional<List<JsonNode>> expectedJson = json(expected);
        Optional<List<JsonNode>> actualJson = json(actual);
        if (expectedJson.isPresent() && actualJson.isPresent()) {
            return expectedJson.get().equals(actualJson.get());
        }
        return expected.equals(actual);
    }

    private static Optional<List<JsonNode>> json(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll());
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static String indent(String text) {
        return text.isEmpty() ? "    (nothing)" : text.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, program)).anyMatch(Files::isExecutable);
    }
}
