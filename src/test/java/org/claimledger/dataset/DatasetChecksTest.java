package org.claimledger.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each curation rule catches the mistake it exists for: a well-curated two-claim dataset passes every
 * check, and breaking one thing makes exactly the matching check name the claim or link.
 */
class DatasetChecksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DOCUMENT = List.of(
            "On 3 December 2020, the SOHR stated that at least 541 pro-Turkey Syrian rebel fighters had been killed in the war.[49]",
            "On 5 October 2020, Russian News Agency RIA Novosti stated that 93 had been killed.[679]");
    private static final String SOHR = """
            {"key": "karabakh-2020/foreign/sohr-001", "source": "sohr", "statedOn": "2020-12-03", "subject": "syrian-fighters",
             "population": "military", "metric": "killed", "quantity": {"low": 541, "qualifier": "at-least", "text": "at least 541"},
             "provenance": {"attribution": "explicit", "attributedAs": "the SOHR"},
             "citations": [{"title": "2020 Nagorno-Karabakh war", "reference": "[49]",
               "quote": "On 3 December 2020, the SOHR stated that at least 541 pro-Turkey Syrian rebel fighters had been killed in the war.[49]"}]}""";
    private static final String RIA = """
            {"key": "karabakh-2020/foreign/ria-novosti-002", "source": "ria-novosti", "statedOn": "2020-10-05", "subject": "syrian-fighters",
             "population": "military", "metric": "killed", "quantity": {"low": 93, "high": 93, "qualifier": "exact", "text": "93"},
             "provenance": {"attribution": "explicit", "attributedAs": "RIA Novosti"},
             "citations": [{"title": "2020 Nagorno-Karabakh war", "reference": "[679]",
               "quote": "On 5 October 2020, Russian News Agency RIA Novosti stated that 93 had been killed.[679]"}]}""";

    private record Case(SeedDataset data) {
        List<String> all() {
            DatasetChecks checks = new DatasetChecks(data);
            List<String> problems = new ArrayList<>();
            problems.addAll(checks.quotesNotVerbatim());
            problems.addAll(checks.referencesNotInParagraph());
            problems.addAll(checks.quantityTextNotQuoted());
            problems.addAll(checks.linksAcrossMeasuresWithoutScope());
            problems.addAll(checks.supersedesNotNewer());
            problems.addAll(checks.denialsBeforeTheClaimUnexplained());
            problems.addAll(checks.sourcesNeverUsed());
            problems.addAll(checks.attributionsInconsistent());
            problems.addAll(checks.citedDatesNotInText());
            problems.addAll(checks.documentVoiceMisused());
            return problems;
        }
    }

    private static ObjectNode node(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Case dataset(Consumer<ObjectNode> changeSohr, Consumer<ObjectNode> changeRia, String... links) {
        ObjectNode sohr = node(SOHR);
        ObjectNode ria = node(RIA);
        changeSohr.accept(sohr);
        changeRia.accept(ria);
        List<JsonNode> sources = List.of(node("{\"slug\": \"sohr\", \"kind\": \"monitor\"}"),
                node("{\"slug\": \"ria-novosti\", \"kind\": \"media\"}"));
        return new Case(SeedDataset.of(DOCUMENT, sources, List.of(sohr, ria),
                java.util.Arrays.stream(links).map(l -> (JsonNode) node(l)).toList()));
    }

    private static Case sohr(Consumer<ObjectNode> change) {
        return dataset(change, c -> { });
    }

    private static ObjectNode citation(ObjectNode claim) {
        return (ObjectNode) claim.path("citations").get(0);
    }

    private static void assertOnly(Case c, Function<DatasetChecks, List<String>> check, String expected) {
        assertThat(check.apply(new DatasetChecks(c.data()))).singleElement().asString().contains(expected);
        assertThat(c.all()).as("every check of the broken dataset").hasSize(1);
    }

    @Test
    void aWellCuratedDatasetPassesEveryCheck() {
        assertThat(dataset(c -> { }, c -> { }).all()).isEmpty();
    }

    @Test
    void aQuoteThatIsNotInTheDocumentIsNamed() {
        assertOnly(sohr(c -> citation(c).put("quote", "On 3 December 2020, the SOHR stated that at least 541 rebels died.[49]")),
                DatasetChecks::quotesNotVerbatim, "foreign/sohr-001: quote not in the document");
    }

    @Test
    void whitespaceDoesNotMakeAQuoteWrong() {
        assertThat(sohr(c -> citation(c).put("quote", citation(c).path("quote").asText().replace(" ", "\n  "))).all()).isEmpty();
    }

    @Test
    void eachReferenceLabelMustBeInTheQuotesParagraph() {
        assertOnly(sohr(c -> citation(c).put("reference", "[49][679]")),
                DatasetChecks::referencesNotInParagraph, "foreign/sohr-001: reference [679] is not in line [1]");
    }

    @Test
    void aQuantityTextThatNoQuoteHoldsIsNamed() {
        assertOnly(sohr(c -> ((ObjectNode) c.path("quantity")).put("text", "over 541")),
                DatasetChecks::quantityTextNotQuoted, "foreign/sohr-001: quantity text \"over 541\"");
    }

    @Test
    void aCorroborationAcrossMeasuresNeedsAScopeNote() {
        String link = "{\"from\": \"karabakh-2020/foreign/ria-novosti-002\", \"to\": \"karabakh-2020/foreign/sohr-001\", \"type\": \"corroborates\"%s}";
        Consumer<ObjectNode> civilians = c -> c.put("population", "civilian");
        assertOnly(dataset(c -> { }, civilians, link.formatted("")), DatasetChecks::linksAcrossMeasuresWithoutScope,
                "foreign/ria-novosti-002 corroborates foreign/sohr-001: the claims differ in [population]");
        assertThat(dataset(c -> { }, civilians, link.formatted(", \"note\": \"Scope: civilians versus fighters.\"")).all()).isEmpty();
        assertThat(dataset(c -> { }, c -> { }, link.formatted("")).all()).as("same measure, no note needed").isEmpty();
    }

    @Test
    void aSupersedingFigureMustBeNewerAndOfTheSameSource() {
        String older = "{\"from\": \"karabakh-2020/foreign/ria-novosti-002\", \"to\": \"karabakh-2020/foreign/sohr-001\", \"type\": \"supersedes\"}";
        assertThat(new DatasetChecks(dataset(c -> { }, c -> { }, older).data()).supersedesNotNewer())
                .containsExactly("foreign/ria-novosti-002 supersedes foreign/sohr-001: stated 2020-10-05, not after 2020-12-03",
                        "foreign/ria-novosti-002 supersedes foreign/sohr-001: joins two sources (ria-novosti, sohr)");
    }

    @Test
    void aDenialBeforeWhatItDeniesNeedsADatesNote() {
        String link = "{\"from\": \"karabakh-2020/foreign/ria-novosti-002\", \"to\": \"karabakh-2020/foreign/sohr-001\", \"type\": \"denies\"%s}";
        assertOnly(dataset(c -> { }, c -> { }, link.formatted("")), DatasetChecks::denialsBeforeTheClaimUnexplained,
                "the denial (2020-10-05) is dated before the claim (2020-12-03)");
        assertThat(dataset(c -> { }, c -> { }, link.formatted(", \"note\": \"Dates: a standing denial.\"")).all()).isEmpty();
    }

    @Test
    void aSourceNobodyQuotesIsNamed() {
        Case c = sohr(s -> { });
        c.data().sources.add(node("{\"slug\": \"icrc\", \"kind\": \"international-org\"}"));
        assertOnly(c, DatasetChecks::sourcesNeverUsed, "source icrc is defined and never used");
    }

    @Test
    void anAttributingPhraseNamesOneSourceAndIsQuoted() {
        assertOnly(sohr(c -> ((ObjectNode) c.path("provenance")).put("attributedAs", "the Observatory")),
                DatasetChecks::attributionsInconsistent, "attributedAs \"the Observatory\" is in none of its quotes");
        assertOnly(sohr(c -> ((ObjectNode) c.path("provenance")).remove("attributedAs")),
                DatasetChecks::attributionsInconsistent, "an explicit attribution without attributedAs");
        Case twoSources = dataset(c -> { }, c -> {
            ((ObjectNode) c.path("provenance")).put("attributedAs", "the SOHR");
            citation(c).put("quote", "On 3 December 2020, the SOHR stated");
        });
        assertThat(new DatasetChecks(twoSources.data()).attributionsInconsistent())
                .containsExactly("\"sohr\" is attributed to 2 sources: {ria-novosti=[foreign/ria-novosti-002], sohr=[foreign/sohr-001]}");
    }

    @Test
    void aCitedDateMustBeInTheParagraphAndAnInferredOneSaysFromWhat() {
        assertOnly(sohr(c -> c.put("statedOn", "2020-12-04")), DatasetChecks::citedDatesNotInText,
                "foreign/sohr-001: statedOn 2020-12-04 is said to be cited");
        assertThat(sohr(c -> {
            c.put("statedOn", "2020-12-04");
            ((ObjectNode) c.path("provenance")).put("dated", "inferred").put("datedFrom", "the day after");
        }).all()).isEmpty();
    }

    @Test
    void theDocumentsOwnVoiceBelongsToAnEncyclopediaSource() {
        assertOnly(sohr(c -> ((ObjectNode) c.path("provenance")).put("attribution", "document").remove("attributedAs")),
                DatasetChecks::documentVoiceMisused, "foreign/sohr-001: attribution document needs an encyclopedia source, not sohr");
    }
}
