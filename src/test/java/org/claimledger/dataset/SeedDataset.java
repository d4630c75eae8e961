package org.claimledger.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bundled Karabakh dataset and the document it was curated from, read from the repository as a
 * clone has them: the batch files named in index.txt, and the article, one paragraph per line.
 */
final class SeedDataset {
    static final Path FOLDER = Path.of("src/main/resources/datasets/karabakh-2020");
    static final Path DOCUMENT = FOLDER.resolve("source/2020-nagorno-karabakh-war.txt");
    static final String TITLE = "2020 Nagorno-Karabakh war";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    final List<JsonNode> sources = new ArrayList<>();
    final Map<String, JsonNode> claims = new LinkedHashMap<>();
    final List<JsonNode> links = new ArrayList<>();
    /** The document's paragraphs, whitespace normalised; index + 1 is the line number. */
    final List<String> paragraphs;

    private SeedDataset(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** A dataset held in memory, for testing the checks themselves. */
    static SeedDataset of(List<String> paragraphs, List<JsonNode> sources, List<JsonNode> claims, List<JsonNode> links) {
        SeedDataset dataset = new SeedDataset(paragraphs.stream().map(SeedDataset::normalize).toList());
        dataset.sources.addAll(sources);
        claims.forEach(c -> dataset.claims.put(c.path("key").asText(), c));
        dataset.links.addAll(links);
        return dataset;
    }

    static SeedDataset load() {
        try {
            SeedDataset dataset = new SeedDataset(Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8).stream()
                    .map(SeedDataset::normalize).toList());
            ObjectMapper json = new ObjectMapper();
            for (String file : Files.readAllLines(FOLDER.resolve("index.txt"), StandardCharsets.UTF_8)) {
                if (file.isBlank() || file.startsWith("#")) {
                    continue;
                }
                JsonNode batch = json.readTree(FOLDER.resolve(file.trim()).toFile());
                batch.path("sources").forEach(dataset.sources::add);
                batch.path("claims").forEach(c -> dataset.claims.put(c.path("key").asText(), c));
                batch.path("links").forEach(dataset.links::add);
            }
            return dataset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace runs as one space, trimmed; nothing else changes. */
    static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Line numbers (1-based) of the paragraphs that hold the quote verbatim. */
    List<Integer> linesHolding(String quote) {
        String needle = normalize(quote);
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!needle.isEmpty() && paragraphs.get(i).contains(needle)) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    String paragraph(int line) {
        return paragraphs.get(line - 1);
    }

    /** The citations of a claim that cite the seed document. */
    static List<JsonNode> seedCitations(JsonNode claim) {
        List<JsonNode> citations = new ArrayList<>();
        claim.path("citations").forEach(c -> {
            if (TITLE.equals(c.path("title").asText())) {
                citations.add(c);
            }
        });
        return citations;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
