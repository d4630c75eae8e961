package org.claimledger.web;

import org.claimledger.claim.Attribution;
import org.claimledger.claim.Dating;
import org.claimledger.claim.Metric;
import org.claimledger.claim.Population;
import org.claimledger.claim.Provenance;
import org.claimledger.comparison.Measure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words pages put beside figures and in titles. */
class WordsTest {

    @Test
    void aMeasureOfOneIncidentIsTitledByTheIncidentsTitleNotItsSlug() {
        Measure barda = new Measure("azerbaijan", Population.CIVILIAN, Metric.KILLED, null, null, "barda-2020-10-28",
                null);
        assertThat(Words.measure(barda, "Azerbaijan", "Missile strikes on Barda, 27 and 28 October 2020"))
                .isEqualTo("Azerbaijan: civilian killed (Missile strikes on Barda, 27 and 28 October 2020)");
        assertThat(Words.measure(barda, "Azerbaijan", null)).as("an incident nobody titled")
                .isEqualTo("Azerbaijan: civilian killed (incident barda-2020-10-28)");
    }

    @Test
    void provenanceSaysWhatWasInferredAndFromWhat() {
        assertThat(Words.provenance(Provenance.DEFAULT)).isNull();
        assertThat(Words.provenance(new Provenance(Dating.INFERRED, "the end of hostilities", Attribution.EXPLICIT,
                "Armenian authorities", null))).isEqualTo("date inferred: the end of hostilities");
        assertThat(Words.provenance(new Provenance(Dating.CITED, null, Attribution.INFERRED, null,
                "the sentence before names the ministry"))).isEqualTo("attributed by inference: the sentence before"
                + " names the ministry");
        assertThat(Words.provenance(new Provenance(Dating.INFERRED, "the copy of the article", Attribution.DOCUMENT,
                null, null))).isEqualTo("date inferred: the copy of the article; stated by the document in its own voice");
    }
}
