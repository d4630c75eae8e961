package org.claimledger.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Allegations: per incident, who asserts it, who denies it, who confirmed it independently. */
@QuarkusTest
class AllegationsPageTest {
    @Inject
    AllegationsPage allegations;

    @Test
    void bardaShowsItsTitleWhoAssertsWhoDeniesAndWhoCorroboratedIndependently() {
        Document page = WebPage.get("/allegations?incident=barda-2020-10-28");
        assertThat(page.select("h1").text()).isEqualTo("Allegation: Missile strikes on Barda, 27 and 28 October 2020");
        Element barda = page.getElementById("barda-2020-10-28");
        assertThat(barda.select("section.asserting li strong").eachText())
                .contains("Human Rights Watch", "Amnesty International", "Wikipedia article “2020 Nagorno-Karabakh war”");
        assertThat(barda.select("section.asserting li:contains(Human Rights Watch) .tag").text())
                .isEqualTo("independent");
        assertThat(barda.select("section.denying li strong").eachText()).containsExactly("Government of Armenia");
        assertThat(barda.select("section.denying li .tag").text()).isEqualTo("accused side");
        assertThat(barda.select("section.independent li").eachText())
                .contains("Human Rights Watch", "Amnesty International")
                .doesNotContain("Wikipedia article “2020 Nagorno-Karabakh war”");
        assertThat(barda.select("p.accused").text()).isEqualTo("Accused: Armenia, Republic of Artsakh");
        assertThat(barda.select(".summary .status").text()).isEqualTo("corroborated");
        assertThat(barda.select("section.asserting a[href^=/claims/]")).isNotEmpty();
    }

    @Test
    void eachVoiceSaysWhenItsDateOrItsSpeakerWasInferred() {
        Element barda = WebPage.get("/allegations?incident=barda-2020-10-28").getElementById("barda-2020-10-28");

        assertThat(barda.select("section.asserting li:contains(Amnesty International) .provenance").text())
                .startsWith("(date inferred: outside the article: Amnesty's statement on the Barda cluster munitions");
        assertThat(barda.select("section.asserting li:contains(Wikipedia article) .provenance").eachText()).isNotEmpty()
                .allMatch(t -> t.endsWith("; stated by the document in its own voice)"));
        assertThat(barda.select("section.asserting li:contains(Human Rights Watch) .provenance"))
                .as("HRW's date and name are in the cited text").isEmpty();
    }

    @Test
    void aLoneAccuserIsAssertedOnlyNotCorroboratedByItself() {
        Element qasalti = WebPage.get("/allegations?incident=qasalti-2020-09-27").getElementById("qasalti-2020-09-27");
        assertThat(qasalti.select("h2").text()).isEqualTo("Artillery attack on Qaşaltı, Goranboy District, 27 September 2020");
        assertThat(qasalti.select("section.independent li")).isEmpty();
        assertThat(qasalti.select("section.independent").text())
                .contains("Asserted only by Human Rights Watch: no other source independent of it confirms it.");
        assertThat(qasalti.select(".summary").text()).doesNotContain("corroborated independently by");
    }

    @Test
    void anIncidentThatAccusesNobodyIsNotShownAsAnAllegation() {
        Document page = WebPage.get("/allegations?incident=agdam-district");
        assertThat(page.select("h1").text()).isEqualTo("Incident: Mine clearance in Agdam District, reported 22 November 2020");
        assertThat(page.select("article.allegation")).isEmpty();
        assertThat(page.select(".lead").text()).startsWith("No claim about this incident accuses anyone");
    }

    @Test
    void pagesShowIncidentTitlesNeverSlugs() {
        Document page = WebPage.get("/allegations");
        List<String> titles = page.select("article.allegation h2").eachText();
        assertThat(titles).isNotEmpty().noneMatch(t -> t.matches("[a-z0-9]+(-[a-z0-9]+)+"));
        assertThat(page.select("section.denying .tag").eachText()).as("a denial accuses nobody")
                .isNotEmpty().doesNotContain("accuser");
    }

    @Test
    void searchesTheAllegations() {
        Document page = WebPage.get("/allegations?q=cluster");
        assertThat(page.select("h1").text()).isEqualTo("Allegations matching “cluster”");
        assertThat(page.select("article.allegation").eachAttr("id")).contains("barda-2020-10-28");
        assertThat(page.selectFirst("#allegations-q").val()).isEqualTo("cluster");
    }

    @Test
    void listsEveryAllegationWithoutAFilter() {
        Document page = WebPage.get("/allegations");
        assertThat(page.select("h1").text()).isEqualTo("Allegations");
        assertThat(page.select("article.allegation")).hasSizeGreaterThan(3);
    }

    @Test
    void anIncidentWithNoAllegationSaysSo() {
        Document page = WebPage.get("/allegations?incident=nowhere-1900-01-01");
        assertThat(page.select("article.allegation")).isEmpty();
        assertThat(page.select(".lead").text()).startsWith("No allegation matches.");
    }

    /**
     * The keys of the page, their claims, the links around those, the claims' sources, the sides, and the
     * names of the parties accused, the provenance of the claims shown: the same few statements for one
     * allegation as for a full page.
     */
    @Test
    void aPageCostsTheSameFewStatementsForOneAllegationAsForTwenty() {
        var one = WebPage.rendered(() -> allegations.list(null, "barda-2020-10-28", null));
        var first = WebPage.rendered(() -> allegations.list(null, null, null));
        var searched = WebPage.rendered(() -> allegations.list("Armenia", null, null));

        assertThat(one.result().select("article.allegation")).hasSize(1);
        assertThat(first.result().select("article.allegation").size()).isGreaterThan(3);
        assertThat(searched.result().select("article.allegation")).isNotEmpty();
        assertThat(one.statements().size()).as("statements of one: %s", one.statements()).isBetween(5, 9);
        // a page that incidents do not fill walks the accusations without an incident too
        assertThat(first.statements().size()).as("statements of a page: %s", first.statements())
                .isBetween(one.statements().size(), one.statements().size() + 1);
        // a search may walk a window and then the text indexes, for incidents and for accusations
        assertThat(searched.statements().size()).as("statements of a search: %s", searched.statements())
                .isLessThanOrEqualTo(one.statements().size() + 3);
    }
}
