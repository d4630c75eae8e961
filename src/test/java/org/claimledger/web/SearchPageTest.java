package org.claimledger.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.unique;

/** Search: the claims and allegations the API's full-text search finds, and sources by name. */
@QuarkusTest
class SearchPageTest {
    @Inject
    SearchPage search;

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

    @Test
    void listsAPageOfSourcesByNameAndSaysWhenMoreMatch() {
        String word = word();
        for (int i = 0; i < 26; i++) {
            createSource(unique(word), "media", null);
        }
        Document page = WebPage.get("/search?q=" + word);
        List<String> sources = page.select(".source-hits a").eachAttr("href");
        assertThat(sources).hasSize(25).isSorted().allSatisfy(href -> assertThat(href).contains(word));
        assertThat(page.select(".more-sources").text())
                .isEqualTo("More sources match “" + word + "”: add a word to narrow the search.");
        assertThat(WebPage.get("/search?q=oryx").select(".more-sources")).isEmpty();
    }

    /**
     * The claims, their sources' names, the sources by name, the allegations: a search costs no more
     * statements when dozens of each match than when one does (a walk that fills the page may even save
     * one), and none grows with the number of sources in the database.
     */
    @Test
    void costsNoMoreStatementsWhenManyClaimsSourcesAndAllegationsMatchThanWhenOneDoes() {
        String word = word();
        String subject = createParty(unique("subject"), null);
        String source = createSource(unique(word), "ngo", null);
        createClaim(matching(source, subject, word, 0));
        var one = WebPage.rendered(() -> search.search(word, null));
        for (int i = 1; i <= 30; i++) {
            createSource(unique(word), "media", null);
            createClaim(matching(source, subject, word, i));
        }
        var many = WebPage.rendered(() -> search.search(word, null));

        assertThat(one.result().select(".claim-hits li")).hasSize(1);
        assertThat(one.result().select(".allegation-hits li")).hasSize(1);
        assertThat(many.result().select(".claim-hits li")).hasSize(25);
        assertThat(many.result().select(".source-hits li")).hasSize(25);
        assertThat(many.result().select(".allegation-hits li")).hasSize(25);
        assertThat(one.statements().size()).as("statements of one: %s", one.statements()).isLessThanOrEqualTo(16);
        assertThat(many.statements().size()).as("statements of many: %s", many.statements())
                .isLessThanOrEqualTo(one.statements().size());
    }

    private static Map<String, Object> matching(String source, String subject, String word, int n) {
        Map<String, Object> claim = claim(source, subject, 10 + n);
        claim.put("category", "allegation");
        claim.put("perpetrator", subject);
        claim.put("statement", "Report " + n + " of the " + word + " inquiry");
        return claim;
    }

    /** A word no other test uses: letters only, so that search and slugs read it as one word. */
    private static String word() {
        StringBuilder word = new StringBuilder("qz");
        for (char c : Long.toString(System.nanoTime(), 26).toCharArray()) {
            word.append((char) (Character.isDigit(c) ? 'a' + (c - '0') : c + 10));
        }
        return word.toString();
    }
}
