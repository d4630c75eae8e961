package org.claimledger.web;

import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.claim.Claim;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.hamcrest.Matchers.equalTo;

/** A claim's page: what it says, where to check it, and how it stands against the claims linked to it. */
@QuarkusTest
class ClaimPageTest {
    static final String AM_MOD_DEATH_TOLL = "/claims/" + Claim.idFor("karabakh-2020/casualties/am-mod-001");

    @Test
    void showsTheStatementTheSourceAndTheFigure() {
        Document page = WebPage.get(AM_MOD_DEATH_TOLL);
        assertThat(page.select("h1").text()).isEqualTo(
                "Armenian authorities reported that 3,360 Armenian servicemen were killed during the war.");
        assertThat(page.select(".eyebrow a").attr("href")).isEqualTo("/sources/am-gov");
        assertThat(page.select(".lead strong").text()).isEqualTo("3,360");
        assertThat(facts(page)).contains("Whose losses: Armenia", "Whose people: military", "What happened: killed");
        assertThat(page.select(".lead a[href^=/compare]").text()).isEqualTo("Compare with the other sources' figures");
        assertThat(page.select(".lead a[href^=/compare]").attr("href"))
                .isEqualTo("/compare?subject=armenia&population=military&metric=killed");
    }

    @Test
    void citationsLinkToTheDocumentAndQuoteTheSentence() {
        List<Element> citations = WebPage.get(AM_MOD_DEATH_TOLL).select("li.citation");
        assertThat(citations).isNotEmpty();
        Element first = citations.get(0);
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("https://en.wikipedia.org/wiki/2020_Nagorno-Karabakh_war");
        assertThat(first.text()).contains("Wikipedia", "reference");
        assertThat(first.selectFirst("blockquote").text()).contains("3,360");
    }

    @Test
    void linksToEveryClaimLinkedToItEachToItsOwnPage() {
        Document page = WebPage.get(AM_MOD_DEATH_TOLL);
        List<String> linkedIds = anonymous().get("/api/v1" + AM_MOD_DEATH_TOLL + "/links").then().statusCode(200)
                .extract().path("items.from");
        assertThat(linkedIds).isNotEmpty();
        Element contradicting = page.selectFirst("h3:contains(Claims that contradict this one) + ul");
        assertThat(contradicting.select("a[href^=/claims/]").eachAttr("href"))
                .containsExactlyInAnyOrderElementsOf(linkedIds.stream().map(id -> "/claims/" + id).toList());
        assertThat(contradicting.text()).contains("Government of Azerbaijan", "Why linked:");
    }

    @Test
    void showsTheCorroborationStatusAndTheRuleBehindIt() {
        Element corroboration = WebPage.get(AM_MOD_DEATH_TOLL).selectFirst("section[aria-labelledby=corroboration-title]");
        assertThat(corroboration.selectFirst(".status").text()).isEqualTo("contested");
        assertThat(corroboration.text()).contains("No independent confirmation; contradicted by ")
                .contains("Artur Vanetsyan", "Government of Azerbaijan");
        assertThat(corroboration.select("h3").eachText()).contains("Contradicted by");
    }

    @Test
    void anIndependentConfirmationAndEveryRevisionAreShown() {
        String side = createParty(unique("side"), null);
        String ministry = createSource(unique("mod"), "military", side);
        String monitor = createSource(unique("monitor"), "monitor", null);
        String claimId = createClaim(claim(ministry, side, 100));
        String confirmation = createClaim(claim(monitor, side, 100));
        editor().body(Map.of("target", claimId, "type", "corroborates")).post("/api/v1/claims/" + confirmation
                + "/links").then().statusCode(201);
        editor().header("If-Match", "\"1\"").queryParam("reason", "final count").body(claim(ministry, side, 100))
                .put("/api/v1/claims/" + claimId).then().statusCode(200).body("revision", equalTo(2));

        Document page = WebPage.get("/claims/" + claimId);

        assertThat(page.selectFirst("section[aria-labelledby=corroboration-title] .status").text())
                .isEqualTo("corroborated");
        assertThat(page.selectFirst("h3:contains(Confirmed independently by) + ul a").attr("href"))
                .isEqualTo("/claims/" + confirmation);
        assertThat(page.selectFirst("h3:contains(Claims that corroborate this one) + ul").text())
                .contains("Source " + monitor);
        assertThat(page.select("ol.revisions li").eachText()).hasSize(2)
                .anyMatch(r -> r.startsWith("Revision 1,") && r.endsWith("by test-editor: created"))
                .anyMatch(r -> r.startsWith("Revision 2,") && r.endsWith("by test-editor: final count"));
    }

    @Test
    void anUnknownOrMalformedClaimIdIsAFriendlyHtml404() {
        Document unknown = WebPage.get("/claims/00000000-0000-0000-0000-000000000000", 404);
        assertThat(unknown.select("h1").text()).isEqualTo("Not found");
        assertThat(unknown.select(".lead").text()).isEqualTo("There is no claim '00000000-0000-0000-0000-000000000000'.");
        assertThat(unknown.select("form[action=/search] input[name=q]")).hasSize(1);
        assertThat(WebPage.get("/claims/not-a-uuid", 404).select("h1").text()).isEqualTo("Not found");
    }

    @Test
    void theJsonApiStillAnswersUnknownClaimsWithProblemJson() {
        anonymous().get("/api/v1/claims/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
    }

    private static List<String> facts(Document page) {
        return page.select("dl.facts dt").stream().map(dt -> dt.text() + ": " + dt.nextElementSibling().text())
                .toList();
    }

    @Test
    void namesTheIncidentByItsTitle() {
        Document page = WebPage.get("/claims/" + Claim.idFor("karabakh-2020/war-crimes/hrw-001"));
        assertThat(facts(page)).contains("Incident: Missile strikes on Barda, 27 and 28 October 2020");
        assertThat(page.select("dd a[href='/allegations?incident=barda-2020-10-28']")).hasSize(1);
    }
}
