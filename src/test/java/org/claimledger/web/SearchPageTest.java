package org.claimledger.web;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Search: the claims and allegations the API's full-text search finds, and sources by name. */
@QuarkusTest
class SearchPageTest {

    @Test
    void bardaLeadsToTheBardaAllegation() {
        Document page = WebPage.get("/search?q=Barda");
        assertThat(page.select("h1").text()).isEqualTo("Results for “Barda”");
        assertThat(page.select(".allegation-hits a").eachAttr("href"))
                .contains("/allegations?incident=barda-2020-10-28");
        assertThat(page.select(".allegation-hits li").first().text()).contains("denied by Government of Armenia");
    }

    @Test
    void matchingClaimsLinkToTheirPagesAndSources() {
        Document page = WebPage.get("/search?q=Barda");
        assertThat(page.select(".claim-hits a[href^=/claims/]")).hasSizeGreaterThan(3);
        assertThat(page.select(".claim-hits a[href^=/sources/]").eachText()).contains("Human Rights Watch");
        assertThat(page.selectFirst("#q").val()).isEqualTo("Barda");
    }

    @Test
    void sourcesAreFoundByName() {
        assertThat(WebPage.get("/search?q=oryx").select(".source-hits a").eachAttr("href")).contains("/sources/oryx");
    }

    @Test
    void nothingFoundSaysSoAndAnEmptySearchShowsTheSearchBox() {
        assertThat(WebPage.get("/search?q=zzqxv").select(".lead").text()).startsWith("Nothing matches “zzqxv”.");
        Document empty = WebPage.get("/search");
        assertThat(empty.select("h1").text()).isEqualTo("Search");
        assertThat(empty.select("main input#q[name=q]")).hasSize(1);
    }
}
