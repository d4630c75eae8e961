package org.claimledger.corroboration;

import io.quarkus.test.junit.QuarkusTest;
import org.claimledger.claim.Claim;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.claim;
import static org.claimledger.support.Api.createClaim;
import static org.claimledger.support.Api.createParty;
import static org.claimledger.support.Api.createSource;
import static org.claimledger.support.Api.editor;
import static org.claimledger.support.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CorroborationResourceTest {

    @Test
    void hrwsBardaFindingIsCorroboratedByAmnestyAndDeniedByArmenia() {
        anonymous().get("/api/v1/claims/" + Claim.idFor("karabakh-2020/war-crimes/hrw-001") + "/corroboration")
                .then().statusCode(200)
                .body("status", equalTo("corroborated"))
                .body("independent.source", hasItem("amnesty"))
                .body("denying.source", hasItem("am-gov"))
                .body("rule", containsString("denied by"));
    }

    @Test
    void aReportThatOnlyRepeatsAClaimIsShownButNotCounted() {
        String side = createParty(unique("side"), null);
        createParty(unique("other"), null);
        String claimId = createClaim(claim(createSource(unique("ministry"), "government", side), side, 40));
        String echoSource = createSource(unique("wire"), "media", null);
        String echo = createClaim(claim(echoSource, side, 40));
        editor().body(Map.of("target", claimId, "type", "derived-from")).post("/api/v1/claims/" + echo + "/links")
                .then().statusCode(201);
        editor().body(Map.of("target", claimId, "type", "corroborates")).post("/api/v1/claims/" + echo + "/links")
                .then().statusCode(201);

        anonymous().get("/api/v1/claims/" + claimId + "/corroboration").then().statusCode(200)
                .body("status", equalTo("single-source"))
                .body("independent", org.hamcrest.Matchers.empty())
                .body("dependent.find { it.source == '" + echoSource + "' }.reason", equalTo("repeats this claim"))
                .body("dependent.find { it.source == '" + echoSource + "' }.chain", org.hamcrest.Matchers.contains(echo, claimId));
    }

    @Test
    void bardaSearchFindsTheAllegationWithAssertingAndDenyingSources() {
        anonymous().queryParam("q", "Barda").get("/api/v1/allegations").then().statusCode(200)
                .body("items.find { it.incident == 'barda-2020-10-28' }.asserting.source", hasItems("hrw", "amnesty"))
                .body("items.find { it.incident == 'barda-2020-10-28' }.denying.source", hasItem("am-gov"))
                .body("items.find { it.incident == 'barda-2020-10-28' }.independentlyCorroboratedBy",
                        hasItems("Human Rights Watch", "Amnesty International"))
                .body("items.find { it.incident == 'barda-2020-10-28' }.accused", hasItem("armenia"));
    }

    @Test
    void theAccusedSidesOwnVoicesAreMarkedAsSuch() {
        anonymous().queryParam("incident", "barda-2020-10-28").get("/api/v1/allegations").then().statusCode(200)
                .body("items[0].denying.find { it.source == 'am-gov' }.standing", equalTo("accused-side"))
                .body("items[0].asserting.find { it.source == 'hrw' }.standing", equalTo("independent"))
                .body("items[0].independentlyCorroboratedBy", not(hasItem("Government of Armenia")));
    }
}
