package org.claimledger.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/**
 * One notion of independence, seen the same way through the corroboration endpoint, the allegations,
 * the claim page and the source page: a neutral newspaper whose accusation repeats the accuser's own
 * through a wire report (paper derived from wire, wire derived from the ministry) does not corroborate
 * it, though it speaks for no side; a second neutral source that repeats no one does.
 */
@QuarkusTest
class OneIndependenceRuleTest {
    private String victims;
    private String accused;
    private String incident;

    private static String belligerent(String slug) {
        return createParty(slug, slug);
    }

    private static void link(String from, String type, String to) {
        editor().body(Map.of("target", to, "type", type)).post("/api/v1/claims/" + from + "/links")
                .then().statusCode(201);
    }

    private String accusation(String source) {
        Map<String, Object> c = claim(source, victims, 12);
        c.put("category", "allegation");
        c.put("population", "civilian");
        c.put("perpetrator", accused);
        c.put("incident", incident);
        c.put("statement", source + " says " + accused + " shelled the town, killing 12 civilians");
        return createClaim(c);
    }

    private JsonPath corroboration(String claimId) {
        return anonymous().get("/api/v1/claims/" + claimId + "/corroboration").then().statusCode(200)
                .extract().jsonPath();
    }

    private JsonPath allegation() {
        return anonymous().queryParam("incident", incident).get("/api/v1/allegations").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Element corroborationSection(String claimId) {
        return WebPage.get("/claims/" + claimId).selectFirst("section[aria-labelledby=corroboration-title]");
    }

    private static String tally(String source, String status) {
        return WebPage.get("/sources/" + source).select(".tally li.count-" + status + " strong").text();
    }

    @Test
    void aNeutralSourceThatRepeatsTheAccuserThroughAChainCorroboratesNothing() {
        victims = createParty(unique("north"), null);
        accused = belligerent(unique("south"));
        incident = unique("shelling");
        String ministry = createSource(unique("mod"), "military", belligerent(unique("west")));
        String wire = createSource(unique("wire"), "media", null);
        String paper = createSource(unique("paper"), "media", null);
        editor().body(Map.of("slug", incident, "title", "Shelling of a test town, 2 October 2020"))
                .post("/api/v1/incidents").then().statusCode(201);
        String claim = accusation(ministry);
        Map<String, Object> report = claim(wire, victims, 12);
        report.put("statement", "The wire repeats the ministry's toll");
        String wired = createClaim(report);
        String echo = accusation(paper);
        link(wired, "derived-from", claim);
        link(echo, "derived-from", wired);
        link(echo, "corroborates", claim);

        JsonPath api = corroboration(claim);
        assertThat(api.getString("status")).isEqualTo("single-source");
        assertThat(api.getList("independent")).isEmpty();
        assertThat(api.getString("dependent.find { it.source == '" + paper + "' }.reason")).isEqualTo("repeats this claim");
        assertThat(api.getList("dependent.find { it.source == '" + paper + "' }.chain")).containsExactly(echo, wired, claim);

        JsonPath allegation = allegation();
        assertThat(allegation.getList("items.incident")).containsExactly(incident);
        assertThat(allegation.getList("items[0].asserting.source")).containsExactlyInAnyOrder(ministry, paper);
        assertThat(allegation.getString("items[0].asserting.find { it.source == '" + paper + "' }.standing"))
                .isEqualTo("independent");
        assertThat(allegation.getList("items[0].independentlyCorroboratedBy")).isEmpty();
        assertThat(allegation.getString("items[0].status")).isEqualTo("single-source");
        assertThat(allegation.getString("items[0].summary")).contains("no independent corroboration");

        Element section = corroborationSection(claim);
        assertThat(section.selectFirst(".status").text()).isEqualTo("single-source");
        assertThat(section.select("h3").eachText()).doesNotContain("Confirmed independently by");
        assertThat(section.selectFirst("h3:contains(Confirmations that do not count) + ul").text())
                .contains("Source " + paper, "repeats this claim");

        assertThat(tally(ministry, "corroborated")).isEqualTo("0");
        assertThat(tally(ministry, "single-source")).isEqualTo("1");
        assertThat(tally(paper, "corroborated")).as("the echo is not corroborated by what it repeats").isEqualTo("0");

        Document page = WebPage.get("/allegations?incident=" + incident);
        assertThat(page.select("section.independent").text()).contains("No source independent of the accusers");
        assertThat(page.select("section.independent li")).isEmpty();

        // a second neutral source that repeats no one corroborates the ministry, in every view
        String monitor = createSource(unique("monitor"), "monitor", null);
        String confirmation = accusation(monitor);
        link(confirmation, "corroborates", claim);

        assertThat(corroboration(claim).getString("status")).isEqualTo("corroborated");
        assertThat(corroboration(claim).getList("independent.source")).containsExactly(monitor);
        assertThat(allegation().getList("items[0].independentlyCorroboratedBy")).contains("Source " + monitor);
        assertThat(allegation().getString("items[0].status")).isEqualTo("corroborated");
        assertThat(corroborationSection(claim).selectFirst("h3:contains(Confirmed independently by) + ul").text())
                .isEqualTo("Source " + monitor);
        assertThat(tally(ministry, "corroborated")).isEqualTo("1");
    }
}
