package org.claimledger.web;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;

/** The comparison page shows what GET /api/v1/comparisons computes, for a reader. */
@QuarkusTest
class ComparePageTest {
    static final String ARMENIAN_MILITARY_DEATHS = "subject=armenia&population=military&metric=killed";

    Document page;

    @BeforeEach
    void openArmenianMilitaryDeaths() {
        page = WebPage.get("/compare?" + ARMENIAN_MILITARY_DEATHS);
    }

    @Test
    void oneRowPerSourceWithItsRelationAndTheFigureInItsOwnWords() {
        assertThat(page.select("h1").text()).isEqualTo("Armenia: military killed");
        assertThat(row("Government of Armenia")).containsExactly("Government of Armenia", "self",
                "3,360", "exactly 3,360", "2020-11-10", "Claim by Government of Armenia");
        assertThat(row("Government of Azerbaijan")).containsExactly("Government of Azerbaijan",
                "adversary", "more than 5,000", "above 5,000, no upper bound", "2020-10-28",
                "Claim by Government of Azerbaijan");
        assertThat(row("Artur Vanetsyan")).contains("self", "some 5,000", "4,500 to 5,500");
    }

    @Test
    void theChartIsAnAccessibleSvgWithABarPerSourceAndAnOpenEndForMoreThan() {
        Element svg = page.selectFirst("figure.chart svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-label")).startsWith("Armenia: military killed");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Armenia: military killed");
        assertThat(svg.selectFirst("desc").text()).contains("Government of Armenia, self, says 3,360",
                "Government of Azerbaijan, adversary, says more than 5,000: above 5,000, no upper bound");
        assertThat(svg.select("g.bar-row").eachAttr("data-source")).containsExactly("am-gov", "vanetsyan", "az-gov");
        assertThat(svg.select("g.bar-row.open-ended").eachAttr("data-source")).containsExactly("az-gov");
        assertThat(svg.select("g.open-ended path.arrow")).hasSize(1);
        assertThat(svg.select("g.relation-adversary rect.bar").attr("fill")).isEqualTo("url(#fill-adversary)");
        assertThat(svg.select("text.label").eachText()).contains("Government of Azerbaijan (adversary)");
        assertThat(svg.select("text.tick-label").eachText()).startsWith("0").contains("4,000");
        assertThat(page.select("ul.legend li").eachText()).anyMatch(t -> t.startsWith("adversary"));
    }

    @Test
    void theVerdictAndEveryConflictAreTheSentencesTheApiGives() {
        List<String> apiSentences = anonymous().get("/api/v1/comparisons?" + ARMENIAN_MILITARY_DEATHS)
                .then().statusCode(200).extract().path("conflicts.sentence");
        assertThat(page.select("#verdict").text()).isEqualTo("Conflicting Government of Azerbaijan "
                + "(adversary) claims more than 1.49× what Government of Armenia (self) reports.");
        assertThat(page.select("li.conflict .sentence").eachText()).isEqualTo(apiSentences);
        assertThat(page.select("li.conflict").first().text()).contains("The gap between them is 1,640.");
    }

    @Test
    void claimsThatCountSomethingElseAreListedWithTheReason() {
        assertThat(page.select("ul.not-comparable li").eachText())
                .anyMatch(t -> t.startsWith("Government of Armenia: “65” — counts civilian people, not military."));
    }

    @Test
    void theTimelineGivesEachSourcesFiguresInOrder() {
        assertThat(page.select("table.timeline tbody th").eachText())
                .anyMatch(t -> t.startsWith("Government of Azerbaijan"));
        assertThat(page.select("table.timeline tbody td").eachText()).contains("2020-10-28", "more than 5,000");
    }

    @Test
    void theFormKeepsTheMeasureAndLinksShareTheSameUrl() {
        assertThat(page.selectFirst("#f-subject option[selected]").val()).isEqualTo("armenia");
        assertThat(page.selectFirst("#f-metric option[selected]").val()).isEqualTo("killed");
        assertThat(page.select("a[href='/compare?" + ARMENIAN_MILITARY_DEATHS + "']")).isNotEmpty();
        assertThat(page.select("a[href='/api/v1/comparisons?" + ARMENIAN_MILITARY_DEATHS + "']")).isNotEmpty();
    }

    @Test
    void oryxTankFloorsAreIndependentOpenEndedBars() {
        Element oryx = WebPage.get("/compare?subject=armenia&metric=lost&equipment=tank")
                .selectFirst("g.bar-row[data-source=oryx]");
        assertThat(oryx.classNames()).contains("relation-independent", "open-ended");
    }

    @Test
    void withoutASubjectAndMetricThePageOffersTheFormToChooseThem() {
        Document empty = WebPage.get("/compare");
        assertThat(empty.select("h1").text()).isEqualTo("Compare figures");
        assertThat(empty.select("details.measure-form[open] select#f-subject")).hasSize(1);
    }

    @Test
    void anUnknownPartyIsAFriendlyHtml400() {
        Document error = WebPage.get("/compare?subject=nobody&metric=killed", 400);
        assertThat(error.select("h1").text()).isEqualTo("This page cannot be shown");
        assertThat(error.select("main").text()).contains("subject: unknown party 'nobody'");
    }

    @Test
    void aMeasureNobodyCountedIsAFriendlyHtml404() {
        assertThat(WebPage.get("/compare?subject=israel&metric=killed", 404).select("h1").text())
                .isEqualTo("Not found");
    }

    private List<String> row(String sourceName) {
        return page.select("table.figures tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(sourceName)).findFirst().orElseThrow()
                .select("th, td").eachText();
    }
}
