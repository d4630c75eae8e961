package org.claimledger.web;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Allegations: per incident, who asserts it, who denies it, who confirmed it independently. */
@QuarkusTest
class AllegationsPageTest {

    @Test
    void bardaShowsWhoAssertsWhoDeniesAndWhoCorroboratedIndependently() {
        Document page = WebPage.get("/allegations?incident=barda-2020-10-28");
        assertThat(page.select("h1").text()).isEqualTo("Allegation: Barda (barda-2020-10-28)");
        Element barda = page.getElementById("barda-2020-10-28");
        assertThat(barda.select("section.asserting li strong").eachText())
                .contains("Human Rights Watch", "Amnesty International", "Wikipedia article “2020 Nagorno-Karabakh war”");
        assertThat(barda.select("section.asserting li:contains(Human Rights Watch) .tag").text())
                .isEqualTo("independent");
        assertThat(barda.select("section.denying li strong").eachText()).containsExactly("Government of Armenia");
        assertThat(barda.select("section.independent li").eachText())
                .contains("Human Rights Watch", "Amnesty International");
        assertThat(barda.select("p.muted").first().text()).isEqualTo("Accused: Republic of Artsakh, Armenia");
        assertThat(barda.select("section.asserting a[href^=/claims/]")).isNotEmpty();
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
}
