package org.claimledger.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimledger.support.Statements;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.contestedRanking;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The front page, and what every page has in common. */
@QuarkusTest
class HomePageTest {
    @Inject
    HomePage homePage;

    /**
     * The cards are the head of the contested ranking, in its order. Which measures those are depends on
     * what else the shared database holds (other tests add conflicting figures of their own), so the
     * cards are compared with the API's ranking rather than with a list of the dataset's measures.
     */
    @Test
    void showsTheMostContestedFiguresAsCardsLinkingToTheirComparisons() {
        List<String> ranking = contestedRanking().stream().limit(12).map(i -> (String) i.get("comparison")).toList();
        Document home = WebPage.get("/");
        List<Element> cards = home.select("#contested .card");

        assertThat(cards).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cards).extracting(card -> card.selectFirst("h3 a").attr("href"))
                .containsExactlyElementsOf(ranking.stream().map(api -> api.replace("/api/v1/comparisons?", "/compare?"))
                        .toList());
        assertThat(cards).extracting(card -> card.selectFirst("h3 a").text()).allSatisfy(title ->
                assertThat(title).isNotBlank());
        assertThat(cards.get(0).selectFirst(".verdict").text()).isEqualTo("Conflicting");
    }

    @Test
    void theMostContestedFiguresAreOnlyThoseInDisputeAndThePageSaysHowTheyAreRanked() {
        List<String> verdicts = contestedRanking().stream().limit(12).map(i -> switch ((String) i.get("verdict")) {
            case "conflicting" -> "Conflicting";
            case "residual-beyond-sources" -> "Beyond what sources count";
            default -> throw new AssertionError("the contested list holds a measure not in dispute: " + i);
        }).toList();
        Document home = WebPage.get("/");

        // which verdicts the twelve cards show depends on what other tests added (their conflicting measures
        // rank above the dataset's residual ones): the cards say the ranking's verdicts, in its order
        assertThat(home.select("#contested .card .verdict").eachText()).isNotEmpty()
                .containsExactlyElementsOf(verdicts);
        assertThat(home.select("#contested .ranking-rule").text()).contains("same period",
                "differ only across time", "are not listed");
        // other tests add conflicting measures of their own, which rank above a residual one: check its card
        // wherever the ranking puts it among the twelve
        List<String> cards = home.select("#contested .card").eachText();
        if (cards.stream().anyMatch(t -> t.startsWith("Azerbaijan: military killed"))) {
            assertThat(cards).filteredOn(t -> t.startsWith("Azerbaijan: military killed")).singleElement().asString()
                    .contains("the highest figure sources give", "would have to number 4,790");
        }
    }

    @Test
    void theSearchBoxIsALabelledGetFormThatSearchesClaimsAndAllegations() {
        Element form = WebPage.get("/").selectFirst("main form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.selectFirst("input#q").attr("name")).isEqualTo("q");
        assertThat(form.selectFirst("label[for=q]").text()).isEqualTo("Search claims, sources and allegations");
    }

    @Test
    void linksToTheAllegations() {
        Document home = WebPage.get("/");
        assertThat(home.select("a[href='/allegations']")).isNotEmpty();
        List<Element> incidents = home.select("section[aria-labelledby=allegations-title] li a");
        assertThat(incidents).isNotEmpty();
        assertThat(incidents).allSatisfy(a -> {
            assertThat(a.attr("href")).startsWith("/allegations?incident=");
            assertThat(a.text()).as("a title, not the slug").isNotEqualTo(a.attr("href").substring(22)).contains(" ");
        });
        assertThat(home.select("a[href='/allegations?incident=ayrica-2020-11-07']").text())
                .isEqualTo("Rocket strike on a field near Əyricə, 7 November 2020");
    }

    @Test
    void everyPageHasLandmarksOneHeadingASkipLinkAndItsLanguage() {
        for (String path : List.of("/", "/compare?subject=armenia&population=military&metric=killed",
                "/sources/am-mod", "/allegations", "/search?q=Barda", "/claims/not-a-claim")) {
            Document page = WebPage.get(path, path.startsWith("/claims") ? 404 : 200);
            assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(page.select("meta[name=viewport]")).as(path).hasSize(1);
            assertThat(page.select("a.skip-link[href=#main]")).as(path).hasSize(1);
            assertThat(page.select("header, nav[aria-label=Main], main#main, footer")).as(path).hasSize(4);
            assertThat(page.select("h1")).as(path).hasSize(1);
            page.select("input:not([type=hidden]), select").forEach(field -> assertThat(
                    page.select("label[for=" + field.id() + "]")).as(path + " labels " + field.id()).hasSize(1));
        }
    }

    @Test
    void theStylesheetAndScriptAreServedByTheApp() {
        given().get("/web/site.css").then().statusCode(200).contentType("text/css");
        given().get("/web/site.js").then().statusCode(200).contentType("text/javascript");
        given().get("/web/favicon.svg").then().statusCode(200);
        assertThat(WebPage.get("/").select("link[href^=http], script[src^=http]"))
                .as("no asset comes from elsewhere").isEmpty();
    }

    /**
     * The cards, their subjects' names, the first allegations and what those need: the same statements
     * however many contested figures and allegations the database holds and whoever the cards are about.
     */
    @Test
    void costsTheSameStatementsWhateverTheCardsShowAndHoweverManyAllegationsThereAre() {
        var before = settled();
        String subject = createParty(unique("home"), null);
        String low = createSource(unique("low"), "ngo", null);
        String high = createSource(unique("high"), "media", null);
        createClaim(claim(low, subject, 1));
        createClaim(claim(high, subject, 1_000_000));
        for (int i = 0; i < 15; i++) {
            // slugs that sort last, so the allegations the other tests expect stay on the page
            String incident = "zz-" + unique("home").replace("home-", "");
            editor().body(Map.of("slug", incident, "title", "Shelling of a test town " + i, "location", "Testtown"))
                    .post("/api/v1/incidents").then().statusCode(201);
            Map<String, Object> accusation = claim(low, subject, 3);
            accusation.put("incident", incident);
            accusation.put("perpetrator", subject);
            createClaim(accusation);
        }
        var after = settled();

        assertThat(after.result().select("#contested .card h3 a").eachText().stream()
                .map(t -> t.substring(0, t.indexOf(':'))).distinct()).as("the cards are about several parties")
                .hasSizeGreaterThan(1);
        assertThat(after.statements()).as("statements: %s", after.statements()).hasSize(before.statements().size());
        assertThat(after.statements().size()).as("statements: %s", after.statements()).isLessThanOrEqualTo(12);
    }

    /** The home page once the figures new claims made stale are recomputed (the first read after them does it). */
    private Statements.Counted<Document> settled() {
        var page = WebPage.rendered(homePage::home);
        for (int i = 0; i < 5; i++) {
            var again = WebPage.rendered(homePage::home);
            if (again.statements().size() == page.statements().size()) {
                return again;
            }
            page = again;
        }
        return page;
    }
}
