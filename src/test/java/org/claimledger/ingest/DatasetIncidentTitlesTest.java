package org.claimledger.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled dataset gives every incident its claims name a title a reader can understand. */
class DatasetIncidentTitlesTest {
    private static final String FOLDER = "/datasets/karabakh-2020/";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyIncidentAClaimNamesHasAWrittenTitleInTheIncidentsFile() throws IOException {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> usedBy = new TreeMap<>();
        for (String file : files()) {
            JsonNode batch = read(file);
            batch.path("incidents").forEach(i -> titles.put(i.get("slug").asText(), i.path("title").asText("")));
            batch.path("claims").forEach(c -> {
                if (c.hasNonNull("incident")) {
                    usedBy.putIfAbsent(c.get("incident").asText(), c.get("key").asText());
                }
            });
        }

        assertThat(usedBy).as("claims name incidents").isNotEmpty();
        usedBy.forEach((incident, claim) -> {
            assertThat(titles).as("%s (named by %s) has an entry in 05-incidents.json", incident, claim)
                    .containsKey(incident);
            assertThat(titles.get(incident)).as("title of %s", incident)
                    .isNotBlank().isNotEqualTo(incident).contains(" ");
        });
    }

    @Test
    void incidentsAreLoadedBeforeTheClaimsThatNameThem() throws IOException {
        List<String> files = files();
        assertThat(files).contains("05-incidents.json");
        int incidents = files.indexOf("05-incidents.json");
        for (int i = 0; i < files.size(); i++) {
            if (read(files.get(i)).path("claims").size() > 0) {
                assertThat(i).as("%s comes after the incidents", files.get(i)).isGreaterThan(incidents);
            }
        }
    }

    private List<String> files() throws IOException {
        try (InputStream index = getClass().getResourceAsStream(FOLDER + "index.txt")) {
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
    }

    private JsonNode read(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FOLDER + file)) {
            assertThat(in).as(file).isNotNull();
            return json.readTree(in);
        }
    }
}
