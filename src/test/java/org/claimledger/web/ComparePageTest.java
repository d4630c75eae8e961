package org.claimledger.web;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;

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
                "3,360", "exactly 3,360", "2020-11-10 (date inferred: the text gives no date; the figure covers the"
                + " whole war, so it is dated at the end of hostilities (10 November 2020), the earliest date it can"
                + " have)", "Claim by Government of Armenia");
        assertThat(row("Government of Azerbaijan")).containsExactly("Government of Azerbaijan",
                "adversary", "more than 5,000", "above 5,000, no upper bound", "2020-10-28",
                "Claim by Government of Azerbaijan");
        assertThat(row("Artur Vanetsyan")).contains("self", "some 5,000", "4,500 to 5,500");
    }

    @Test
    void aDateTheCuratorInferredIsMarkedInferredBesideTheFigureWithWhatItWasInferredFrom() {
        String claim = page.select("table.figures tbody tr:has(th:contains(Government of Armenia)) a[href^=/claims/]")
                .attr("href");
        String datedFrom = anonymous().get("/api/v1" + claim).then().statusCode(200)
                .body("provenance.dated", equalTo("inferred"))
                .extract().path("provenance.datedFrom");

        assertThat(page.select("table.figures tbody tr:has(th:contains(Government of Armenia)) td.date .provenance")
                .text()).isEqualTo("(date inferred: " + datedFrom + ")");
        assertThat(page.select("table.timeline tbody td.date .provenance").eachText())
                .contains("(date inferred: " + datedFrom + ")");
        assertThat(page.select("table.figures tbody tr:has(th:contains(Government of Azerbaijan)) td.date").text())
                .as("a date the cited text gives is shown as it is").isEqualTo("2020-10-28");
    }

    @Test
    void aFigureTheDocumentStatesInItsOwnVoiceSaysSoAndTheIncidentIsNamedByItsTitle() {
        Document barda = WebPage.get("/compare?subject=azerbaijan&population=civilian&metric=killed"
                + "&incident=barda-2020-10-28&from=2020-10-27");

        assertThat(barda.select("h1").text()).isEqualTo("Azerbaijan: civilian killed (Missile strikes on Barda, 27 and 28"
                + " October 2020), from 2020-10-27");
        assertThat(barda.select("table.figures tbody td.date .provenance").eachText()).isNotEmpty()
                .allMatch(t -> t.contains("date inferred: the copy of the article retrieved in early 2021")
                        && t.endsWith("; stated by the document in its own voice)"));
    }

    @Test
    void reasonsForLeavingAFigureOutNameItsIncidentByTitle() {
        assertThat(page.select("ul.not-comparable li").eachText())
                .anyMatch(t -> t.contains("is about the incident “"))
                .noneMatch(t -> t.matches(".*incident [a-z0-9]+(-[a-z0-9]+)+.*"));
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
    void theBroader7630IsWeighedInWordsAndDrawnApartWithTheRangeItLeavesForAzerbaijanAlone() {
        Document az = WebPage.get("/compare?subject=azerbaijan&population=military&metric=killed");
        List<String> apiSentences = anonymous().get("/api/v1/comparisons?subject=azerbaijan&population=military"
                + "&metric=killed").then().statusCode(200).extract().path("broader.weighed.flatten().sentence");

        assertThat(az.select("#broader-title").text()).isEqualTo("Figures that count more than this");
        assertThat(az.select(".broader .broader-figure").eachText())
                .anyMatch(t -> t.contains("says “7,630”") && t.contains("counts Azerbaijan together with Syrian fighters"));
        assertThat(az.select(".broader .broader-parts li").eachText())
                .anyMatch(t -> t.startsWith("Syrian fighters:") && t.contains("Syrian Observatory for Human Rights says "
                        + "at least 541"));
        assertThat(az.select(".broader .implied").eachText()).allMatch(t -> t.startsWith("Given those, it leaves for "
                + "Azerbaijan alone: 0 to "));
        assertThat(az.select("li.weighing .sentence").eachText()).isEqualTo(apiSentences)
                .allMatch(t -> t.contains("Syrian fighters killed would have to number 4,790"));

        Element svg = az.selectFirst("figure.chart svg");
        assertThat(svg.select("g.kind-broader rect.bar").eachAttr("fill")).isNotEmpty()
                .containsOnly("url(#fill-broader)");
        assertThat(svg.select("g.kind-broader text.figure").eachText()).contains("7,630 with Syrian fighters");
        assertThat(svg.select("g.kind-implied text.label").eachText()).isNotEmpty()
                .allMatch(t -> t.startsWith("Leaves Azerbaijan alone: 0 to "));
        assertThat(svg.select("pattern#fill-broader")).hasSize(1);
        assertThat(az.select("ul.legend li").eachText())
                .anyMatch(t -> t.startsWith("counts the subject together with other parties"));
        assertThat(az.select("#verdict .verdict").text()).isNotEqualTo("Single source");
    }

    @Test
    void figuresDatedMonthsApartAreInAParagraphOfTheirOwnNotAmongTheDisagreements() {
        Document deployed = WebPage.get("/compare?subject=syrian-fighters&population=military&metric=deployed");

        assertThat(deployed.select("#time-title").text()).isEqualTo("Apart in time");
        assertThat(deployed.select("p.time-separated").eachText()).contains("Syrian Observatory for Human Rights "
                + "(independent) claims more than 6× what RIA Novosti (independent) reports, but the figures are dated "
                + "59 days apart (2020-10-05 and 2020-12-03); the count may have changed in between.");
        assertThat(deployed.select("li.conflict .sentence").eachText()).noneMatch(t -> t.contains("6×"));
        assertThat(deployed.select("#verdict").text()).doesNotContain("6×");
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
