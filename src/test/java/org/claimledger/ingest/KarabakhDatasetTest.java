package org.claimledger.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.claimledger.claim.Claim;
import org.claimledger.support.Db;
import org.junit.jupiter.api.Test;

import static org.claimledger.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The bundled dataset answers "who said what" with the figures of the source document. */
@QuarkusTest
class KarabakhDatasetTest {

    private static ValidatableResponse claim(String key) {
        return anonymous().get("/api/v1/claims/" + Claim.idFor("karabakh-2020/" + key)).then().statusCode(200)
                .body("key", equalTo("karabakh-2020/" + key));
    }

    @Test
    void armenianAuthoritiesReport3360MilitaryDeathsOnADateTheCuratorInferred() {
        claim("casualties/am-mod-001").body("source", equalTo("am-gov")).body("subject", equalTo("armenia"))
                .body("population", equalTo("military")).body("metric", equalTo("killed"))
                .body("quantity.low", equalTo(3360)).body("quantity.high", equalTo(3360))
                .body("quantity.qualifier", equalTo("exact")).body("quantity.text", equalTo("3,360"))
                .body("citations[1].quote", org.hamcrest.Matchers.containsString("3,360"))
                .body("provenance.dated", equalTo("inferred"))
                .body("provenance.datedFrom", org.hamcrest.Matchers.containsString("end of hostilities"))
                .body("provenance.attribution", equalTo("explicit"))
                .body("provenance.attributedAs", equalTo("Armenian authorities"));
    }

    @Test
    void azerbaijaniAuthoritiesClaimMoreThan5000ArmenianDeathsOnADateTheTextGives() {
        claim("casualties/az-mod-001").body("source", equalTo("az-gov")).body("subject", equalTo("armenia"))
                .body("quantity.low", equalTo(5000)).body("quantity.high", nullValue())
                .body("quantity.qualifier", equalTo("more-than")).body("quantity.text", equalTo("more than 5,000"))
                .body("statedOn", equalTo("2020-10-28")).body("provenance.dated", equalTo("cited"))
                .body("provenance.attributedAs", equalTo("the Azerbaijani authorities"));
    }

    @Test
    void theBardaTollIsTheArticlesOwnStatementNotAzerbaijans() {
        claim("war-crimes/az-gov-001").body("source", equalTo("wikipedia-article"))
                .body("provenance.attribution", equalTo("document")).body("provenance.attributedAs", nullValue())
                .body("perpetrator", equalTo("artsakh")).body("quantity.low", equalTo(26));
        anonymous().get("/api/v1/sources/wikipedia-article").then().statusCode(200)
                .body("kind", equalTo("encyclopedia")).body("party", nullValue());
    }

    @Test
    void oneJointStatementOfArmenianAndArtsakhAuthoritiesIsOneSource() {
        claim("casualties/am-gov-003").body("source", equalTo("am-artsakh-gov"))
                .body("provenance.attributedAs", equalTo("Armenian and Artsakh authorities"));
        anonymous().get("/api/v1/claims/" + Claim.idFor("karabakh-2020/casualties/artsakh-gov-001")).then().statusCode(404);
    }

    @Test
    void aRevisedFigureIsDatedAfterTheFigureItReplaces() {
        claim("equipment/am-mod-004").body("statedOn", equalTo("2020-09-28")).body("provenance.dated", equalTo("inferred"));
        claim("equipment/am-mod-002").body("statedOn", equalTo("2020-09-27"));
    }

    @Test
    void formerSecurityChiefSaysSome5000() {
        claim("casualties/vanetsyan-001").body("source", equalTo("vanetsyan"))
                .body("quantity.qualifier", equalTo("about")).body("quantity.low", equalTo(5000))
                .body("quantity.text", equalTo("some 5,000"));
    }

    @Test
    void azerbaijanReports2840KilledAnd64Missing() {
        claim("casualties/az-mod-002").body("source", equalTo("az-gov")).body("subject", equalTo("azerbaijan"))
                .body("metric", equalTo("killed"))
                .body("quantity.low", equalTo(2840)).body("statedOn", equalTo("2021-01-11"));
        claim("casualties/az-mod-003").body("metric", equalTo("missing")).body("quantity.low", equalTo(64));
    }

    @Test
    void armenianSideCounts7630AzerbaijaniSoldiersAndSyrianMercenaries() {
        anonymous().queryParam("subject", "azerbaijan").queryParam("metric", "killed")
                .queryParam("population", "military").queryParam("limit", 100).get("/api/v1/claims")
                .then().statusCode(200)
                .body("items.findAll { it.quantity?.low == 7630 }.alsoCounts.flatten()", hasItem("syrian-fighters"));
    }

    @Test
    void sohrDocumentsAtLeast541SyrianFightersKilled() {
        claim("foreign/sohr-001").body("source", equalTo("sohr")).body("subject", equalTo("syrian-fighters"))
                .body("quantity.qualifier", equalTo("at-least")).body("quantity.low", equalTo(541))
                .body("quantity.text", equalTo("at least 541"));
    }

    @Test
    void oryxCountsAtLeast222ArmenianTanksOf134Destroyed() {
        claim("equipment/oryx-001").body("source", equalTo("oryx")).body("equipment", equalTo("tank"))
                .body("metric", equalTo("lost")).body("quantity.low", equalTo(222))
                .body("quantity.qualifier", equalTo("at-least"));
        claim("equipment/oryx-002").body("metric", equalTo("destroyed")).body("quantity.low", equalTo(134));
    }

    @Test
    void azerbaijanClaimsAbout250TanksAndOtherArmoredVehicles() {
        claim("equipment/az-mod-001").body("equipment", equalTo("armored-vehicle"))
                .body("quantity.qualifier", equalTo("about")).body("quantity.low", equalTo(250));
    }

    @Test
    void prosecutorGeneralCounts100CiviliansKilledAnd416Wounded() {
        claim("casualties/az-prosecutor-001").body("population", equalTo("civilian"))
                .body("metric", equalTo("killed")).body("quantity.low", equalTo(100));
        claim("casualties/az-prosecutor-002").body("metric", equalTo("wounded")).body("quantity.low", equalTo(416));
    }

    @Test
    void bardaClusterMunitionsAreAssertedByHrwAndAmnestyAndDeniedByArmenia() {
        anonymous().queryParam("incident", "barda-2020-10-28").queryParam("category", "allegation")
                .queryParam("limit", 100).get("/api/v1/claims").then().statusCode(200)
                .body("items.findAll { it.stance == 'asserts' }.source", hasItems("hrw", "amnesty"))
                .body("items.findAll { it.stance == 'denies' }.source", hasItem("am-gov"));
        claim("war-crimes/am-gov-001").body("stance", equalTo("denies")).body("perpetrator", equalTo("armenia"));
        anonymous().get("/api/v1/claims/" + Claim.idFor("karabakh-2020/war-crimes/hrw-001") + "/links")
                .then().statusCode(200)
                .body("items.type", hasItems("corroborates", "denies"));
    }

    @Test
    void theDatasetIsLargeAndLinked() {
        assertThat(Db.count("claim WHERE external_key LIKE 'karabakh-2020/%'")).isGreaterThanOrEqualTo(150);
        assertThat(Db.count("(SELECT DISTINCT source_id FROM claim WHERE external_key LIKE 'karabakh-2020/%') s"))
                .isGreaterThanOrEqualTo(30);
        assertThat(Db.count("claim_link l JOIN claim c ON c.id = l.from_claim_id"
                + " WHERE c.external_key LIKE 'karabakh-2020/%'")).isGreaterThanOrEqualTo(40);
        for (String source : new String[] {"am-gov", "az-gov", "am-mod", "az-mod", "sohr", "oryx", "hrw", "wikipedia-article"}) {
            anonymous().queryParam("source", source).get("/api/v1/claims").then().statusCode(200)
                    .body("items[0].id", notNullValue());
        }
    }

    @Test
    void everyAllegationThatIsDeniedIsAlsoAssertedBySomeone() {
        long denied = Db.count("claim d JOIN claim_link l ON l.from_claim_id = d.id AND l.type = 'denies'"
                + " JOIN claim a ON a.id = l.to_claim_id WHERE d.stance = 'denies' AND a.stance = 'asserts'"
                + " AND d.external_key LIKE 'karabakh-2020/%'");
        assertThat(denied).isGreaterThanOrEqualTo(10);
    }
}
