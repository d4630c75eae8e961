package org.claimledger.dataset;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.claimledger.dataset.SeedDataset.normalize;
import static org.claimledger.dataset.SeedDataset.seedCitations;
import static org.claimledger.dataset.SeedDataset.text;

/**
 * The rules a curated claim must keep against its source document, each returning one line per
 * offending claim or link ("war-crimes/az-gov-001: ..."), empty when the dataset keeps the rule.
 */
final class DatasetChecks {
    /** What a figure counts: two figures are about the same thing only if all of these agree. */
    static final List<String> MEASURE = List.of("subject", "alsoCounts", "population", "metric", "equipment", "object",
            "incident", "from");
    static final String SCOPE = "Scope:";
    static final String DATES = "Dates:";
    private static final Pattern LABEL = Pattern.compile("\\[[^\\[\\]]+]");
    private static final String PREFIX = "karabakh-2020/";

    private final SeedDataset data;

    DatasetChecks(SeedDataset data) {
        this.data = data;
    }

    /** 1. Every quote of the seed document is in it verbatim (whitespace aside). */
    List<String> quotesNotVerbatim() {
        List<String> problems = new ArrayList<>();
        data.claims.forEach((key, claim) -> {
            for (JsonNode citation : seedCitations(claim)) {
                String quote = text(citation, "quote");
                if (quote == null || quote.isBlank()) {
                    problems.add(name(key) + ": a citation of the document has no quote");
                } else if (data.linesHolding(quote).isEmpty()) {
                    problems.add(name(key) + ": quote not in the document: \"" + clip(quote) + "\"");
                }
            }
        });
        return problems;
    }

    /** 2. Each reference label ([65], or each of [68][71]) is in the paragraph the quote comes from. */
    List<String> referencesNotInParagraph() {
        List<String> problems = new ArrayList<>();
        data.claims.forEach((key, claim) -> {
            for (JsonNode citation : seedCitations(claim)) {
                String reference = text(citation, "reference");
                List<Integer> lines = data.linesHolding(Objects.requireNonNullElse(text(citation, "quote"), ""));
                if (reference == null || lines.isEmpty()) {
                    continue;
                }
                Matcher label = LABEL.matcher(reference);
                boolean any = false;
                while (label.find()) {
                    any = true;
                    String found = label.group();
                    if (lines.stream().noneMatch(line -> data.paragraph(line).contains(found))) {
                        problems.add(name(key) + ": reference " + found + " is not in line " + lines);
                    }
                }
                if (!any) {
                    problems.add(name(key) + ": reference '" + reference + "' holds no [label]");
                }
            }
        });
        return problems;
    }

    /** 3. The quantity's text is the source's wording: it is in one of the claim's quotes. */
    List<String> quantityTextNotQuoted() {
        List<String> problems = new ArrayList<>();
        data.claims.forEach((key, claim) -> {
            String quantityText = text(claim.path("quantity"), "text");
            if (claim.path("quantity").isMissingNode()) {
                return;
            }
            if (quantityText == null) {
                problems.add(name(key) + ": the quantity has no text");
                return;
            }
            String needle = normalize(quantityText).toLowerCase(Locale.ROOT);
            boolean quoted = seedCitations(claim).stream().map(c -> text(c, "quote")).filter(Objects::nonNull)
                    .anyMatch(q -> normalize(q).toLowerCase(Locale.ROOT).contains(needle));
            if (!quoted) {
                problems.add(name(key) + ": quantity text \"" + quantityText + "\" is in none of its quotes");
            }
        });
        return problems;
    }

    /** 4. Corroborates and contradicts join claims about the same measure, or say in the note how scopes differ. */
    List<String> linksAcrossMeasuresWithoutScope() {
        List<String> problems = new ArrayList<>();
        for (JsonNode link : data.links) {
            String type = link.path("type").asText();
            if (!type.equals("corroborates") && !type.equals("contradicts")) {
                continue;
            }
            JsonNode from = data.claims.get(link.path("from").asText());
            JsonNode to = data.claims.get(link.path("to").asText());
            if (from == null || to == null) {
                problems.add(describe(link) + ": names a claim that is not in the dataset");
                continue;
            }
            List<String> differ = MEASURE.stream().filter(f -> !measureValue(from, f).equals(measureValue(to, f)))
                    .toList();
            if (!differ.isEmpty() && !Objects.requireNonNullElse(text(link, "note"), "").contains(SCOPE)) {
                problems.add(describe(link) + ": the claims differ in " + differ + " and the note has no '" + SCOPE
                        + "' saying how");
            }
        }
        return problems;
    }

    /** 5. A supersedes link names a strictly newer figure of the same source. */
    List<String> supersedesNotNewer() {
        List<String> problems = new ArrayList<>();
        for (JsonNode link : linksOf("supersedes")) {
            JsonNode from = data.claims.get(link.path("from").asText());
            JsonNode to = data.claims.get(link.path("to").asText());
            if (!date(from).isAfter(date(to))) {
                problems.add(describe(link) + ": stated " + date(from) + ", not after " + date(to));
            }
            if (!from.path("source").asText().equals(to.path("source").asText())) {
                problems.add(describe(link) + ": joins two sources (" + from.path("source").asText() + ", "
                        + to.path("source").asText() + ")");
            }
        }
        return problems;
    }

    /** 6. A denial dated before what it denies says why in its note. */
    List<String> denialsBeforeTheClaimUnexplained() {
        List<String> problems = new ArrayList<>();
        for (JsonNode link : linksOf("denies")) {
            JsonNode from = data.claims.get(link.path("from").asText());
            JsonNode to = data.claims.get(link.path("to").asText());
            if (date(from).isBefore(date(to)) && !Objects.requireNonNullElse(text(link, "note"), "").contains(DATES)) {
                problems.add(describe(link) + ": the denial (" + date(from) + ") is dated before the claim ("
                        + date(to) + ") and the note has no '" + DATES + "' saying why");
            }
        }
        return problems;
    }

    /** 7. Every source is the source of some claim. */
    List<String> sourcesNeverUsed() {
        Set<String> used = new TreeSet<>();
        data.claims.values().forEach(c -> used.add(c.path("source").asText()));
        return data.sources.stream().map(s -> s.path("slug").asText()).filter(s -> !used.contains(s))
                .map(s -> "source " + s + " is defined and never used").toList();
    }

    /**
     * 8. An explicit attribution quotes the words that name the speaker, verbatim; one phrase names one
     * source throughout the dataset.
     */
    List<String> attributionsInconsistent() {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, List<String>>> sourcesByPhrase = new TreeMap<>();
        data.claims.forEach((key, claim) -> {
            JsonNode provenance = claim.path("provenance");
            String attribution = Objects.requireNonNullElse(text(provenance, "attribution"), "explicit");
            String phrase = text(provenance, "attributedAs");
            if (phrase == null) {
                if (attribution.equals("explicit")) {
                    problems.add(name(key) + ": an explicit attribution without attributedAs (the words naming "
                            + claim.path("source").asText() + ")");
                }
                return;
            }
            boolean quoted = seedCitations(claim).stream().map(c -> text(c, "quote")).filter(Objects::nonNull)
                    .anyMatch(q -> normalize(q).contains(normalize(phrase)));
            if (!quoted) {
                problems.add(name(key) + ": attributedAs \"" + phrase + "\" is in none of its quotes");
            }
            sourcesByPhrase.computeIfAbsent(phraseKey(phrase), p -> new TreeMap<>())
                    .computeIfAbsent(claim.path("source").asText(), s -> new ArrayList<>()).add(name(key));
        });
        sourcesByPhrase.forEach((phrase, sources) -> {
            if (sources.size() > 1) {
                problems.add("\"" + phrase + "\" is attributed to " + sources.size() + " sources: " + sources);
            }
        });
        return problems;
    }

    /**
     * 10. A figure in the document's own voice has the document as its source (a source of kind
     * encyclopedia, which says nothing in any other way), and confirms nothing: the article's summary of
     * its references is not an independent witness.
     */
    List<String> documentVoiceMisused() {
        List<String> problems = new ArrayList<>();
        Set<String> encyclopedias = new TreeSet<>();
        data.sources.forEach(s -> {
            if (s.path("kind").asText().equals("encyclopedia")) {
                encyclopedias.add(s.path("slug").asText());
            }
        });
        Set<String> documentVoice = new TreeSet<>();
        data.claims.forEach((key, claim) -> {
            boolean document = "document".equals(text(claim.path("provenance"), "attribution"));
            boolean encyclopedia = encyclopedias.contains(claim.path("source").asText());
            if (document != encyclopedia) {
                problems.add(name(key) + (document ? ": attribution document needs an encyclopedia source, not "
                        : ": an encyclopedia source speaks only in its own voice (attribution document), not as ")
                        + (document ? claim.path("source").asText() : "an attribution to someone else"));
            }
            if (document) {
                documentVoice.add(key);
            }
        });
        linksOf("corroborates").stream().filter(l -> documentVoice.contains(l.path("from").asText()))
                .forEach(l -> problems.add(describe(l) + ": the document's own statement is not independent confirmation"));
        return problems;
    }

    /** 9. A date the cited text gives is in the paragraph of one of the claim's quotes ("3 December", "December 15"). */
    List<String> citedDatesNotInText() {
        List<String> problems = new ArrayList<>();
        data.claims.forEach((key, claim) -> {
            String dated = Objects.requireNonNullElse(text(claim.path("provenance"), "dated"), "cited");
            if (!dated.equals("cited")) {
                return;
            }
            LocalDate statedOn = date(claim);
            Pattern pattern = datePattern(statedOn);
            List<Integer> lines = seedCitations(claim).stream().map(c -> text(c, "quote")).filter(Objects::nonNull)
                    .flatMap(q -> data.linesHolding(q).stream()).toList();
            // a quote that is not in the document at all is the first check's to report
            if (!lines.isEmpty() && lines.stream().noneMatch(line -> pattern.matcher(data.paragraph(line)).find())) {
                problems.add(name(key) + ": statedOn " + statedOn + " is said to be cited but its paragraph does not"
                        + " give that date; mark it dated: inferred with datedFrom");
            }
        });
        return problems;
    }

    private static Pattern datePattern(LocalDate d) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return Pattern.compile("(?<!\\d)" + d.getDayOfMonth() + "(st|nd|rd|th)? (of )?" + month + "|" + month + " "
                + d.getDayOfMonth() + "(?!\\d)");
    }

    private static String measureValue(JsonNode claim, String field) {
        JsonNode value = claim.path(field);
        if (value.isArray()) {
            Set<String> set = new TreeSet<>();
            value.forEach(v -> set.add(v.asText()));
            return set.toString();
        }
        return value.isMissingNode() || value.isNull() ? (field.equals("alsoCounts") ? "[]" : "") : value.asText();
    }

    /** "The Armenian authorities" and "Armenian authorities" are one phrase. */
    private static String phraseKey(String phrase) {
        return normalize(phrase).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
    }

    private List<JsonNode> linksOf(String type) {
        return data.links.stream().filter(l -> l.path("type").asText().equals(type)).toList();
    }

    private static LocalDate date(JsonNode claim) {
        return LocalDate.parse(claim.path("statedOn").asText());
    }

    private static String describe(JsonNode link) {
        return name(link.path("from").asText()) + " " + link.path("type").asText() + " " + name(link.path("to").asText());
    }

    private static String name(String key) {
        return key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
    }

    private static String clip(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
