package org.claimledger.dataset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled dataset says no more than its source document: every quote, reference label and figure
 * is in the document, links join claims about the same thing (or say how they differ), dates run the
 * right way, and each attributing phrase names one source. Plain JUnit over the files of the repository,
 * so it runs in a second; each failure names the offending claims by key.
 */
class KarabakhDatasetCurationTest {
    private static DatasetChecks checks;

    @BeforeAll
    static void load() {
        checks = new DatasetChecks(SeedDataset.load());
    }

    private static void assertNone(List<String> problems, String rule) {
        assertThat(problems).as(rule + ": %d offending claims or links:%n  %s", problems.size(),
                String.join("\n  ", problems)).isEmpty();
    }

    @Test
    void everyQuoteIsVerbatimInTheDocument() {
        assertNone(checks.quotesNotVerbatim(), "quotes not verbatim in the document");
    }

    @Test
    void everyReferenceLabelIsInTheQuotesParagraph() {
        assertNone(checks.referencesNotInParagraph(), "reference labels not in the quote's paragraph");
    }

    @Test
    void everyQuantityTextIsInAQuote() {
        assertNone(checks.quantityTextNotQuoted(), "quantity text not in any quote");
    }

    @Test
    void corroboratingAndContradictingClaimsShareTheirMeasureOrSayHowTheyDiffer() {
        assertNone(checks.linksAcrossMeasuresWithoutScope(), "links across measures without a Scope: note");
    }

    @Test
    void aSupersedingFigureIsNewerAndOfTheSameSource() {
        assertNone(checks.supersedesNotNewer(), "supersedes links without a later date of the same source");
    }

    @Test
    void aDenialDatedBeforeWhatItDeniesSaysWhy() {
        assertNone(checks.denialsBeforeTheClaimUnexplained(), "denials dated before the claim, unexplained");
    }

    @Test
    void everySourceIsUsed() {
        assertNone(checks.sourcesNeverUsed(), "sources never used");
    }

    @Test
    void eachAttributingPhraseNamesOneSourceAndIsQuoted() {
        assertNone(checks.attributionsInconsistent(), "attributions not quoted or inconsistent");
    }

    @Test
    void aCitedDateIsInTheCitedParagraph() {
        assertNone(checks.citedDatesNotInText(), "cited dates not in the text");
    }

    @Test
    void theDocumentsOwnVoiceIsTheDocumentsAndConfirmsNothing() {
        assertNone(checks.documentVoiceMisused(), "document-voice claims misattributed or used as confirmation");
    }
}
