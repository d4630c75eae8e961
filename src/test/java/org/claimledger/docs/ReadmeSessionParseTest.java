package org.claimledger.docs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How ReadmeSessionTest reads the README's session and when it calls an answer the same as the README's. */
class ReadmeSessionParseTest {
    private static final String MARKDOWN = """
            Some prose, then a block that is not a session:

            ```bash
            $ not a command of the session
            ```

            ```console
            $ curl -s 'localhost:8080/api/v1/metrics' \\
                | jq -c '.[0]'
            {"metric": "killed",
             "accumulates": true}

            $ ID=$(jq -r .id created.json)
            $ curl -s localhost:8080/api/v1/claims.csv | head -1
            id,status

            ```
            """;

    @Test
    void aCommandIsADollarLineWithItsIndentedContinuationsAndItsOutputRunsToTheNextCommand() {
        var commands = ReadmeSession.parse(MARKDOWN).commands();

        assertThat(commands).extracting(ReadmeSession.Command::text).containsExactly(
                "curl -s 'localhost:8080/api/v1/metrics' \\\n    | jq -c '.[0]'",
                "ID=$(jq -r .id created.json)",
                "curl -s localhost:8080/api/v1/claims.csv | head -1");
        assertThat(commands).extracting(ReadmeSession.Command::expected)
                .containsExactly("{\"metric\": \"killed\",\n \"accumulates\": true}", "", "id,status");
        assertThat(commands.get(0).line()).isEqualTo(8);
    }

    @Test
    void jsonIsComparedAsValuesSoTheReadmeMayReflowItButNotChangeIt() {
        assertThat(ReadmeSessionTest.same("{\"a\": [1,\n 2]}\n{\"b\": null}", "{\"a\":[1,2]}\n{\"b\":null}")).isTrue();
        assertThat(ReadmeSessionTest.same("{\"ratio\": 8.854}", "{\"ratio\":8.85}")).isFalse();
        assertThat(ReadmeSessionTest.same("[\"hrw\", \"nyt\"]", "[\"nyt\",\"hrw\"]")).isFalse();
        assertThat(ReadmeSessionTest.same("{\"a\": 1}", "{\"a\": 1}\n{\"a\": 1}")).isFalse();
    }

    @Test
    void textThatIsNotJsonMustMatchLineForLine() {
        assertThat(ReadmeSessionTest.same("HTTP/1.1 201 Created\nIdempotent-Replayed: true",
                "HTTP/1.1 201 Created\r\nIdempotent-Replayed: true".replace("\r", ""))).isTrue();
        assertThat(ReadmeSessionTest.same("HTTP/1.1 201 Created", "HTTP/1.1 200 OK")).isFalse();
        assertThat(ReadmeSessionTest.same("", "something the README does not show")).isFalse();
    }

    @Test
    void randomIdsTimesAndTokensArePlaceholdersNameBasedIdsAreNot() {
        assertThat(ReadmeSessionTest.normalized("{\"id\":\"28e21d83-1c89-4e59-adac-d833fe080fb0\","
                + "\"at\":\"2026-11-25T17:46:54.544364Z\",\"token\":\"cl_d5RxVBqjTQoFz9y5EsMSi6f4P0tsTR6xpvfC7iaphnk\"}"))
                .isEqualTo("{\"id\":\"<random-uuid>\",\"at\":\"<time>\",\"token\":\"<token>\"}");
        assertThat(ReadmeSessionTest.normalized("2bb7488a-0689-306b-a10e-b9a40fd529ad"))
                .as("a dataset claim's id is the same in every database").isEqualTo("2bb7488a-0689-306b-a10e-b9a40fd529ad");
    }
}
