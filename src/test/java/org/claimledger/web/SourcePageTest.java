package org.claimledger.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.claimledger.source.SourceService;
import org.claimledger.support.Statements;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;

/** A source's page: who it is, how its claims fared by the corroboration rule, and its claims page by page. */
@QuarkusTest
class SourcePageTest {
    @Inject
    TrackRecord trackRecord;
    @Inject
    SourceService sources;

    @Test
    void saysWhoTheSourceIsAndWhichSideItSpeaksFor() {
        Document page = WebPage.get("/sources/am-gov");
        assertThat(page.select("h1").text()).isEqualTo("Government of Armenia");
        assertThat(page.select(".eyebrow").text()).contains("speaks for Armenia");
        assertThat(WebPage.get("/sources/hrw").select(".eyebrow").text()).contains("independent");
    }

    @Test
    void countsItsClaimsByTheSameCorroborationRuleAsTheApi() {
        List<String> ids = anonymous().queryParam("source", "am-gov").queryParam("limit", 1000)
                .get("/api/v1/claims").then().statusCode(200).extract().path("items.id");
        Map<String, Long> expected = ids.stream().map(id -> anonymous().get("/api/v1/claims/" + id + "/corroboration")
                        .then().statusCode(200).extract().<String>path("status"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        Document page = WebPage.get("/sources/am-gov");

        for (String status : List.of("corroborated", "contested", "denied", "single-source")) {
            assertThat(page.select(".tally li.count-" + status + " strong").text()).as(status)
                    .isEqualTo(String.valueOf(expected.getOrDefault(status, 0L)));
        }
        assertThat(page.select("#track-summary").text()).contains("of its " + ids.size() + " claims");
        assertThat(page.select("table.claims .status").eachText()).hasSize(ids.size())
                .contains("contested");
    }

    @Test
    void listsItsClaimsAPageAtATimeEachLinkingToItsPage() {
        int total = anonymous().queryParam("source", "az-gov").queryParam("limit", 1000).get("/api/v1/claims")
                .then().statusCode(200).extract().path("items.size()");
        assertThat(total).as("enough claims for two pages").isGreaterThan(SourcePage.PAGE);

        List<String> seen = new ArrayList<>();
        Document page = WebPage.get("/sources/az-gov");
        assertThat(page.select("nav.pager a").eachText()).containsExactly("More claims");
        seen.addAll(page.select("table.claims tbody a").eachAttr("href"));
        while (page.selectFirst("a[rel=next]") != null) {
            page = WebPage.get(page.selectFirst("a[rel=next]").attr("href"));
            assertThat(page.select("nav.pager a").eachText()).contains("First page");
            seen.addAll(page.select("table.claims tbody a").eachAttr("href"));
        }

        assertThat(seen).hasSize(total).doesNotHaveDuplicates().allMatch(href -> href.startsWith("/claims/"));
    }

    @Test
    void anUnknownSourceIsAFriendlyHtml404() {
        Document page = WebPage.get("/sources/no-such-source", 404);
        assertThat(page.select("h1").text()).isEqualTo("Not found");
        assertThat(page.select(".lead").text()).isEqualTo("There is no source 'no-such-source'.");
    }

    @Test
    void theTrackRecordCostsTheSameFewQueriesWhateverTheNumberOfClaims() {
        String side = createParty(unique("side"), null);
        String few = createSource(unique("few"), "ngo", null);
        String many = createSource(unique("many"), "ngo", null);
        String other = createSource(unique("other"), "ngo", null);
        createClaim(claim(few, side, 1));
        for (int i = 0; i < 12; i++) {
            String id = createClaim(claim(many, side, 10 + i));
            String confirmation = createClaim(claim(other, side, 10 + i));
            editor().body(Map.of("target", id, "type", i % 2 == 0 ? "corroborates" : "derived-from"))
                    .post("/api/v1/claims/" + confirmation + "/links").then().statusCode(201);
        }

        var oneClaim = Statements.of(() -> QuarkusTransaction.requiringNew()
                .call(() -> trackRecord.of(sources.get(few))));
        var manyClaims = Statements.of(() -> QuarkusTransaction.requiringNew()
                .call(() -> trackRecord.of(sources.get(many))));

        assertThat(oneClaim.result().total()).isEqualTo(1);
        assertThat(manyClaims.result().total()).isEqualTo(12);
        assertThat(manyClaims.result().count(org.claimledger.corroboration.Corroboration.Status.CORROBORATED))
                .isEqualTo(6);
        assertThat(oneClaim.statements()).as("statements: counted").isNotEmpty();
        assertThat(manyClaims.statements()).as("12 claims cost what one does").hasSize(oneClaim.statements().size());
        assertThat(WebPage.get("/sources/" + many).select("#track-summary").text())
                .startsWith("6 of its 12 claims were corroborated independently");
    }
}
