package org.claimledger.corroboration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.claimledger.common.Cursor;
import org.claimledger.common.Page;
import org.claimledger.support.Statements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** GET /api/v1/allegations: claims that accuse someone, grouped by incident, with who denies and who corroborates. */
@QuarkusTest
class AllegationResourceTest {
    @Inject
    AllegationService allegations;
    @Inject
    EntityManager em;

    private static JsonPath incident(String slug) {
        return anonymous().queryParam("incident", slug).get("/api/v1/allegations").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void bardaHasItsTitleItsAccusersItsDenialAndIndependentCorroboration() {
        JsonPath barda = incident("barda-2020-10-28");
        assertThat(barda.getString("items[0].title")).isEqualTo("Missile strikes on Barda, 27 and 28 October 2020");
        assertThat(barda.getList("items[0].accused")).contains("armenia", "artsakh");
        assertThat(barda.getList("items[0].asserting.source")).contains("wikipedia-article", "hrw", "amnesty", "nyt");
        assertThat(barda.getList("items[0].denying.source")).containsExactly("am-gov");
        assertThat(barda.getList("items[0].independentlyCorroboratedBy"))
                .contains("Human Rights Watch", "Amnesty International", "The New York Times")
                .doesNotContain("Government of Armenia", "Wikipedia article “2020 Nagorno-Karabakh war”");
        assertThat(barda.getString("items[0].status")).isEqualTo("corroborated");
    }

    @Test
    void aLoneAccuserIsAssertedOnlyNeverCorroboratedByItself() {
        JsonPath qasalti = incident("qasalti-2020-09-27");
        assertThat(qasalti.getList("items[0].asserting.source")).containsOnly("hrw");
        assertThat(qasalti.getList("items[0].independentlyCorroboratedBy")).isEmpty();
        assertThat(qasalti.getString("items[0].summary"))
                .startsWith("Asserted only by Human Rights Watch; no independent corroboration");
        assertThat(qasalti.getString("items[0].status")).isEqualTo("single-source");
    }

    @Test
    void eventsThatAccuseNobodyAreNotAllegations() {
        assertThat(incident("agdam-district").getList("items")).isEmpty();
        assertThat(incident("am-mod-tank-footage-2020").getList("items")).isEmpty();

        List<Map<String, Object>> all = everyAllegation(100);
        assertThat(all).isNotEmpty();
        assertThat(all).extracting(a -> a.get("incident")).doesNotContain("agdam-district", "zod-mine-2020-11-26");
        assertThat(all).allSatisfy(a -> {
            assertThat((List<?>) a.get("accused")).as("%s accuses someone", a.get("title")).isNotEmpty();
            assertThat((List<?>) a.get("asserting")).as("%s has an accuser", a.get("title")).isNotEmpty();
        });
    }

    @Test
    void pagesThroughEveryAllegationOnceInTheSameOrderWhateverThePageSize() {
        List<Map<String, Object>> whole = everyAllegation(100);
        List<Map<String, Object>> paged = everyAllegation(7);
        assertThat(paged).extracting(a -> a.get("title")).containsExactlyElementsOf(
                whole.stream().map(a -> a.get("title")).toList());
        List<Object> incidents = whole.stream().map(a -> a.get("incident")).toList();
        int firstWithout = incidents.indexOf(null);
        assertThat(incidents.subList(0, firstWithout)).as("incidents first, by slug").isSorted().doesNotHaveDuplicates();
        assertThat(incidents.subList(firstWithout, incidents.size())).as("then accusations without one")
                .containsOnlyNulls();
    }

    @Test
    void aPageHoldsAtMostAHundredAllegationsSinceEachCarriesEveryVoiceOfItsIncident() {
        anonymous().queryParam("limit", 100).get("/api/v1/allegations").then().statusCode(200);
        anonymous().queryParam("limit", 101).get("/api/v1/allegations").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("must be between 1 and 100"));
        anonymous().queryParam("limit", 1000).get("/api/v1/claims").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> everyAllegation(int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = "";
        do {
            JsonPath page = anonymous().queryParam("limit", limit).queryParam("cursor", cursor)
                    .get("/api/v1/allegations").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    @Test
    void anAccusationWithoutAnIncidentIsGroupedWithTheClaimsThatDenyIt() {
        String accuser = createParty(unique("east"), null);
        String accusedSide = unique("west");
        createParty(accusedSide, accusedSide);
        String ngo = createSource(unique("ngo"), "ngo", null);
        String ministry = createSource(unique("ministry"), "government", accusedSide);
        Map<String, Object> accusation = claim(ngo, accuser, 3);
        accusation.put("category", "allegation");
        accusation.put("perpetrator", accusedSide);
        accusation.put("statement", "An NGO says the western army shelled a school " + accuser);
        String accusationId = createClaim(accusation);
        Map<String, Object> denial = claim(ministry, accuser, 3);
        denial.put("category", "allegation");
        denial.put("stance", "denies");
        denial.put("perpetrator", accusedSide);
        denial.put("statement", "The western ministry denies shelling the school " + accuser);
        String denialId = createClaim(denial);
        editor().body(Map.of("target", accusationId, "type", "denies")).post("/api/v1/claims/" + denialId + "/links")
                .then().statusCode(201);

        anonymous().queryParam("q", accuser).get("/api/v1/allegations").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].incident", equalTo(null))
                .body("items[0].title", startsWith("An NGO says the western army shelled a school"))
                .body("items[0].asserting.claimId", contains(accusationId))
                .body("items[0].denying.claimId", contains(denialId))
                .body("items[0].denying[0].standing", equalTo("accused-side"))
                .body("items[0].independentlyCorroboratedBy", empty())
                .body("items[0].status", equalTo("denied"))
                .body("items[0].summary", startsWith("Asserted only by Source " + ngo));
    }

    @Test
    void searchFindsAnAllegationByItsIncidentTitle() {
        anonymous().queryParam("q", "funeral").get("/api/v1/allegations").then().statusCode(200)
                .body("items.incident", hasItem("tartar-2020-10-15"))
                .body("items.incident", not(hasItem("barda-2020-10-28")));
        anonymous().queryParam("q", "Barda").get("/api/v1/allegations").then().statusCode(200)
                .body("items.incident", hasItems("barda-2020-10-28"))
                .body("items.accused", everyItem(not(empty())));
    }

    @Test
    void aPageCostsTheSameFewQueriesWhateverItsSize() {
        String accusationsOnly = Cursor.encode("c:0");
        var two = count(accusationsOnly, 2);
        var many = count(accusationsOnly, 500);
        var first = count(null, 500);
        var all = count(null, 1000);

        assertThat(two.result().items()).hasSize(2);
        assertThat(many.result().items().size()).isGreaterThan(40);
        assertThat(many.statements()).as("500 accusations cost what 2 do").hasSize(two.statements().size());
        assertThat(all.result().items().size()).isGreaterThanOrEqualTo(first.result().items().size());
        assertThat(all.statements()).as("1000 allegations cost what 500 do").hasSize(first.statements().size());
        assertThat(all.statements().size()).as("statements of one page: %s", all.statements()).isBetween(4, 7);
    }

    @Test
    void aSearchCostsAFewQueriesWhateverThePageSize() {
        var two = Statements.of(() -> QuarkusTransaction.requiringNew()
                .call(() -> allegations.list(null, "Armenia", null, 2)));
        var all = Statements.of(() -> QuarkusTransaction.requiringNew()
                .call(() -> allegations.list(null, "Armenia", null, 1000)));

        assertThat(two.result().items()).hasSize(2);
        assertThat(all.result().items().size()).isGreaterThan(2);
        // keys through the window and then the text indexes (incidents, then accusations), their claims,
        // their links, the sources of those, and two reads of sides
        assertThat(two.statements().size()).as("statements of 2: %s", two.statements()).isBetween(5, 9);
        assertThat(all.statements().size()).as("statements of 1000: %s", all.statements()).isBetween(5, 9);
    }

    /**
     * A search walks the next keys in order first and turns to the text indexes when that window holds too
     * few matches; page by page, both ways, and through the indexes alone, it finds the same allegations.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Armenia", "Barda", "cluster munitions", "Stepanakert or Ganja", "civilians -Armenia"})
    void aSearchFindsTheSameAllegationsThroughItsWindowAsThroughTheTextIndexes(String q) {
        List<String> indexes = keys(q, 1000, 0);
        assertThat(indexes).as("allegations matching %s", q).isNotEmpty();
        for (int limit : new int[] {1, 3, 1000}) {
            assertThat(keys(q, limit, 0)).as("%s by %d, text indexes only", q, limit)
                    .containsExactlyElementsOf(indexes);
            assertThat(keys(q, limit, 1)).as("%s by %d, a window of twice the page", q, limit)
                    .containsExactlyElementsOf(indexes);
            assertThat(keys(q, limit, AllegationKeys.WINDOW)).as("%s by %d, the service's window", q, limit)
                    .containsExactlyElementsOf(indexes);
        }
    }

    @Test
    void anAccusationWithoutAnIncidentIsFoundByTheWordsOfAClaimThatDeniesIt() {
        String word = "deniesword" + ProcessHandle.current().pid() + unique("x").replaceAll("\\D", "");
        String accused = unique("north");
        createParty(accused, accused);
        String ngo = createSource(unique("ngo"), "ngo", null);
        String ministry = createSource(unique("ministry"), "government", accused);
        List<String> accusations = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> accusation = claim(ngo, accused, 3);
            accusation.put("category", "allegation");
            accusation.put("perpetrator", accused);
            accusation.put("statement", "An NGO says the northern army shelled a market, report " + i);
            accusations.add(createClaim(accusation));
            Map<String, Object> denial = claim(ministry, accused, 3);
            denial.put("category", "allegation");
            denial.put("stance", "denies");
            denial.put("perpetrator", accused);
            denial.put("statement", "The northern ministry calls the market report " + word);
            String denialId = createClaim(denial);
            editor().body(Map.of("target", accusations.get(i), "type", "denies"))
                    .post("/api/v1/claims/" + denialId + "/links").then().statusCode(201);
        }

        anonymous().queryParam("q", word).get("/api/v1/allegations").then().statusCode(200)
                .body("items.asserting.claimId.flatten()", contains(accusations.toArray()))
                .body("items.status", everyItem(equalTo("denied")));
        assertThat(keys(word, 1, AllegationKeys.WINDOW)).as("through the window").hasSize(2)
                .containsExactlyElementsOf(keys(word, 1, 0));
    }

    /** Every allegation key a search finds, page by page, with the given smallest window (0: none). */
    private List<String> keys(String q, int limit, int window) {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        do {
            String after = cursor;
            List<AllegationKeys.Key> page = QuarkusTransaction.requiringNew()
                    .call(() -> AllegationKeys.page(em, null, q, after, limit, window));
            List<AllegationKeys.Key> shown = page.subList(0, Math.min(limit, page.size()));
            shown.forEach(k -> keys.add(k.cursor()));
            cursor = page.size() > limit ? Cursor.encode(shown.get(shown.size() - 1).cursor()) : null;
        } while (cursor != null);
        return keys;
    }

    private Statements.Counted<Page<AllegationView>> count(String cursor, int limit) {
        return Statements.of(() -> QuarkusTransaction.requiringNew()
                .call(() -> allegations.list(null, null, cursor, limit)));
    }
}
