package org.claimledger.openapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.claimledger.client.ApiClient;
import org.claimledger.client.ApiException;
import org.claimledger.client.api.ClaimsApi;
import org.claimledger.client.api.ComparisonsApi;
import org.claimledger.client.api.PartiesApi;
import org.claimledger.client.api.SourcesApi;
import org.claimledger.client.model.Category;
import org.claimledger.client.model.Citation;
import org.claimledger.client.model.Claim;
import org.claimledger.client.model.Comparison;
import org.claimledger.client.model.Metric;
import org.claimledger.client.model.NewClaim;
import org.claimledger.client.model.NewParty;
import org.claimledger.client.model.NewSource;
import org.claimledger.client.model.ClaimListView;
import org.claimledger.client.model.PageClaimSummary;
import org.claimledger.client.model.PageSourceView;
import org.claimledger.client.model.Population;
import org.claimledger.client.model.Problem;
import org.claimledger.client.model.Qualifier;
import org.claimledger.client.model.Quantity;
import org.claimledger.client.model.SourceKind;
import org.claimledger.client.model.Verdict;
import org.claimledger.support.Api;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.claimledger.support.Api.unique;

/**
 * A Java client generated from openapi/openapi.yaml by openapi-generator (native library, Jackson; built
 * into target/generated-test-sources at generate-test-sources) walks a researcher's and an editor's path
 * through the running service: if the contract misleads a generator, this does not compile or fails.
 */
@QuarkusTest
class GeneratedClientTest {

    @Test
    void aResearcherListsSourcesComparesAMeasureAndPagesThroughClaims() throws Exception {
        ApiClient anonymous = client(null);

        PageSourceView sources = new SourcesApi(anonymous).listSources(null, SourceKind.GOVERNMENT, 5, null);
        assertThat(sources.getItems()).isNotEmpty().allSatisfy(s -> assertThat(s.getKind()).isEqualTo(SourceKind.GOVERNMENT));

        Comparison armenianMilitaryDeaths = new ComparisonsApi(anonymous).compareMeasure(Metric.KILLED, "armenia",
                null, null, null, null, null, null, null, Population.MILITARY, null);
        assertThat(armenianMilitaryDeaths.getVerdict()).isEqualTo(Verdict.CONFLICTING);
        assertThat(armenianMilitaryDeaths.getFigures()).extracting(f -> f.getSource()).contains("am-gov", "az-gov");

        ClaimsApi claims = new ClaimsApi(anonymous);
        List<UUID> paged = new ArrayList<>();
        String cursor = null;
        do {
            PageClaimSummary page = claims.listClaims(null, cursor, null, null, null, 3, null, null, null, "az-mod",
                    null, null, null, null, null, null);
            assertThat(page.getItems()).hasSizeLessThanOrEqualTo(3);
            page.getItems().forEach(c -> paged.add(c.getId()));
            cursor = page.getNextCursor();
        } while (cursor != null);
        List<UUID> all = claims.listClaims(null, null, null, null, null, 1000, null, null, null, "az-mod",
                null, null, null, null, null, ClaimListView.FULL).getItems().stream()
                .map(c -> c.getId()).toList();
        assertThat(paged).hasSizeGreaterThan(3).containsExactlyElementsOf(all);
    }

    @Test
    void anEditorRecordsAClaimOnceRevisesItAndIsToldOfAStaleRevisionAsAProblem() throws Exception {
        ApiClient admin = client(Api.ADMIN_TOKEN);
        String party = new PartiesApi(admin).createParty(new NewParty().slug(unique("client-side"))
                .name("A side")).getSlug();
        String source = new SourcesApi(admin).createSource(new NewSource().slug(unique("client-mod"))
                .name("A ministry").kind(SourceKind.MILITARY).party(party)).getSlug();

        ApiClient editorClient = client(Api.editorToken());
        ClaimsApi editor = new ClaimsApi(editorClient);
        String key = unique("client-key");
        Claim created = editor.createClaim(claim(source, party, 100), key);
        Claim replayed = editor.createClaim(claim(source, party, 100), key);
        assertThat(replayed.getId()).isEqualTo(created.getId());
        assertThat(created.getRevision()).isEqualTo(1);

        Claim revised = editor.reviseClaim(created.getId(), claim(source, party, 120), "final count", "\"1\"");
        assertThat(revised.getRevision()).isEqualTo(2);
        assertThat(revised.getQuantity().getLow()).isEqualTo(120L);

        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> editor.reviseClaim(created.getId(), claim(source, party, 130), "late edit", "\"1\""));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(stale.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        Problem problem = editorClient.getObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getType()).isEqualTo("https://claimledger.org/problems/precondition-failed");
        assertThat(problem.getDetail()).contains("revision 2");
        assertThat(editor.getClaim(created.getId(), null).getQuantity().getLow()).isEqualTo(120L);
    }

    private static NewClaim claim(String source, String subject, long killed) {
        return new NewClaim().source(source).statedOn(LocalDate.of(2020, 10, 28)).category(Category.CASUALTY)
                .subject(subject).population(Population.MILITARY).metric(Metric.KILLED)
                .quantity(new Quantity().low(killed).high(killed).qualifier(Qualifier.EXACT).text(Long.toString(killed)))
                .statement(source + " says " + killed + " soldiers of " + subject + " were killed")
                .citations(List.of(new Citation().title("2020 Nagorno-Karabakh war").reference("[1]")));
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
