package org.claimledger.comparison;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.claimledger.support.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Comparisons on the bundled Karabakh data. */
@QuarkusTest
class ComparisonResourceTest {

    @Test
    void armenianMilitaryDeathsConflict3360SelfAgainstMoreThan5000Adversary() {
        anonymous().queryParam("subject", "armenia").queryParam("population", "military")
                .queryParam("metric", "killed").get("/api/v1/comparisons").then().log().ifValidationFails()
                .statusCode(200)
                .body("verdict", equalTo("conflicting"))
                .body("figures.find { it.source == 'am-gov' }.relation", equalTo("self"))
                .body("figures.find { it.source == 'am-gov' }.low", equalTo(3360))
                .body("figures.find { it.source == 'az-gov' }.relation", equalTo("adversary"))
                .body("figures.find { it.source == 'az-gov' }.qualifier", equalTo("more-than"))
                .body("figures.find { it.source == 'az-gov' }.interval.upper", nullValue())
                .body("conflicts.find { it.lower == 'am-gov' && it.higher == 'az-gov' }.gap", equalTo(1640.0f))
                .body("conflicts.find { it.lower == 'am-gov' && it.higher == 'az-gov' }.sentence",
                        containsString("more than 1.49× what Government of Armenia (self) reports"))
                .body("partisanGap.self.sources", hasItem("am-gov"))
                .body("partisanGap.adversary.sources", hasItem("az-gov"));
    }

    @Test
    void azerbaijaniMilitaryDeathsLeaveTheScopeOf7630OutWithTheReason() {
        anonymous().queryParam("subject", "azerbaijan").queryParam("population", "military")
                .queryParam("metric", "killed").get("/api/v1/comparisons").then().statusCode(200)
                .body("figures.find { it.source == 'az-gov' }.low", equalTo(2840))
                .body("figures.find { it.source == 'az-gov' }.relation", equalTo("self"))
                .body("figures.low", org.hamcrest.Matchers.not(hasItem(7630)))
                .body("notComparable.find { it.text == '7,630' }.reason", containsString("also counts syrian-fighters"));
    }

    @Test
    void oryxFloorsAreIndependentFigures() {
        anonymous().queryParam("subject", "armenia").queryParam("metric", "lost").queryParam("equipment", "tank")
                .get("/api/v1/comparisons").then().statusCode(200)
                .body("figures.find { it.source == 'oryx' }.relation", equalTo("independent"))
                .body("figures.find { it.source == 'oryx' }.qualifier", equalTo("at-least"))
                .body("figures.find { it.source == 'oryx' }.interval.upper", nullValue())
                .body("partisanGap.independent.sources", hasItem("oryx"));
    }

    @Test
    void tanksAndOtherArmoredVehiclesAreNotComparedWithTanks() {
        anonymous().queryParam("subject", "armenia").queryParam("metric", "destroyed").queryParam("equipment", "tank")
                .get("/api/v1/comparisons").then().statusCode(200)
                .body("figures.source", everyItem(org.hamcrest.Matchers.not(equalTo("az-gov"))))
                .body("notComparable.find { it.source == 'az-gov' && it.reason.contains('armored-vehicle') }",
                        notNullValue());
    }

    @Test
    void asOfAnswersWhatEachSourceHadSaidByThen() {
        anonymous().queryParam("subject", "azerbaijan").queryParam("population", "military")
                .queryParam("metric", "killed").queryParam("asOf", "2020-12-31").get("/api/v1/comparisons")
                .then().statusCode(200)
                .body("figures.source", org.hamcrest.Matchers.not(hasItem("az-gov")));
    }

    @Test
    void knownAtAnswersFromTheDatabaseAsItWasThen() {
        anonymous().queryParam("subject", "armenia").queryParam("population", "military").queryParam("metric", "killed")
                .queryParam("knownAt", "2001-01-01T00:00:00Z").get("/api/v1/comparisons").then().statusCode(404);
        anonymous().queryParam("subject", "armenia").queryParam("population", "military").queryParam("metric", "killed")
                .queryParam("knownAt", java.time.OffsetDateTime.now().toString()).get("/api/v1/comparisons").then()
                .statusCode(200).body("figures.source", hasItem("am-gov"));
    }

    @Test
    void aMeasureNobodyCountedIs404() {
        anonymous().queryParam("subject", "israel").queryParam("metric", "killed").get("/api/v1/comparisons")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void subjectAndMetricAreRequired() {
        anonymous().queryParam("metric", "killed").get("/api/v1/comparisons").then().statusCode(400)
                .body("errors[0].field", equalTo("subject"));
        anonymous().queryParam("subject", "armenia").get("/api/v1/comparisons").then().statusCode(400)
                .body("errors[0].field", equalTo("metric"));
        anonymous().queryParam("subject", "armenia").queryParam("metric", "killed").queryParam("tolerance", "2")
                .get("/api/v1/comparisons").then().statusCode(400).body("errors[0].field", equalTo("tolerance"));
    }

    @Test
    void aWiderToleranceForAboutCanTurnAConflictIntoAgreement() {
        String vanetsyanVsAmMod = "conflicts.findAll { it.lower == 'am-gov' && it.higher == 'vanetsyan' }.size()";
        anonymous().queryParam("subject", "armenia").queryParam("population", "military").queryParam("metric", "killed")
                .get("/api/v1/comparisons").then().body(vanetsyanVsAmMod, equalTo(1));
        anonymous().queryParam("subject", "armenia").queryParam("population", "military").queryParam("metric", "killed")
                .queryParam("tolerance", "0.5").get("/api/v1/comparisons").then()
                .body(vanetsyanVsAmMod, equalTo(0)).body("tolerance", equalTo(0.5f));
    }
}
