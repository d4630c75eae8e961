package org.claimledger.comparison;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimledger.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
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
                .body("conflicts.find { it.lower == 'am-gov' && it.higher == 'az-gov' }.days", equalTo(13))
                .body("conflicts.find { it.lower == 'am-gov' && it.higher == 'az-gov' }.sentence",
                        containsString("more than 1.49× what Government of Armenia (self) reports"))
                .body("partisanGap.self.sources", hasItem("am-gov"))
                .body("partisanGap.adversary.sources", hasItem("az-gov"));
    }

    @Test
    void azerbaijaniMilitaryDeathsWeighTheBroader7630AgainstAzerbaijans2840AndWhatSourcesSayOfTheSyrianFighters() {
        JsonPath c = azerbaijaniMilitaryDeaths().extract().jsonPath();

        assertThat(c.getString("verdict")).isNotEqualTo("single");
        assertThat(c.getList("figures.low")).contains(2840).doesNotContain(7630);
        String broader = "broader.find { it.figure.low == 7630 }";
        assertThat(c.getMap(broader)).as("7,630 soldiers and mercenaries is weighed, not dropped").isNotNull();
        assertThat(c.getList(broader + ".alsoCounts")).containsExactly("syrian-fighters");
        assertThat(c.getInt(broader + ".parts[0].figures.find { it.source == 'sohr' }.low")).isEqualTo(541);
        assertThat(c.getString(broader + ".parts[0].figures.find { it.source == 'sohr' }.qualifier"))
                .isEqualTo("at-least");
        int highest = c.getInt(broader + ".parts[0].highest");
        assertThat(highest).as("the highest number any source states for them").isGreaterThanOrEqualTo(541);

        String weighed = broader + ".weighed.find { it.source == 'az-gov' }";
        assertThat(c.getDouble(weighed + ".residual")).isEqualTo(4790.0);
        assertThat(c.getDouble(weighed + ".ratio")).isCloseTo(4790.0 / highest, within(0.001));
        assertThat(c.getString(weighed + ".sentence")).startsWith("For 7,630 (").contains("and 2,840 (Government of Azerbaijan) "
                + "both to hold, Syrian fighters killed would have to number 4,790");
        if (highest < 4790) {
            assertThat(c.getString(weighed + ".fit")).isEqualTo("exceeds-sources");
            assertThat(c.getString("verdict")).isIn("residual-beyond-sources", "conflicting");
            if (highest == 541) {
                assertThat(c.getString(weighed + ".sentence"))
                        .endsWith(": 8.85× the highest figure any source gives for them (541, Syrian Observatory for "
                                + "Human Rights).");
            }
        }
    }

    @Test
    void theRangeA7630LeavesForAzerbaijanAloneKeepsTheOpenFloorOfSohrOpen() {
        azerbaijaniMilitaryDeaths()
                .body("broader.find { it.figure.low == 7630 }.parts[0].range.upper", nullValue())
                .body("broader.find { it.figure.low == 7630 }.implied.lower", equalTo(0.0f))
                .body("broader.find { it.figure.low == 7630 }.implied.upper", notNullValue());
    }

    private static io.restassured.response.ValidatableResponse azerbaijaniMilitaryDeaths() {
        return anonymous().queryParam("subject", "azerbaijan").queryParam("population", "military")
                .queryParam("metric", "killed").get("/api/v1/comparisons").then().log().ifValidationFails()
                .statusCode(200);
    }

    @Test
    void syrianFightersDeployedOn5OctoberAndOn3DecemberAreTimeSeparatedNotAConflict() {
        String riaSohr = "{ it.lower == 'ria-novosti' && it.higher == 'sohr' }";
        JsonPath c = syrianFightersDeployed(null).extract().jsonPath();

        assertThat(c.getList("conflicts.findAll " + riaSohr)).as("does not drive the verdict").isEmpty();
        assertThat(c.getInt("timeSeparated.find " + riaSohr + ".days")).isEqualTo(59);
        assertThat(c.getString("timeSeparated.find " + riaSohr + ".sentence")).isEqualTo("Syrian Observatory for "
                + "Human Rights (independent) claims more than 6× what RIA Novosti (independent) reports, but the figures "
                + "are dated 59 days apart (2020-10-05 and 2020-12-03); the count may have changed in between.");
        assertThat(c.getInt("maxDaysApart")).isEqualTo(30);
        assertThat(c.getString("summary")).doesNotContain("6×");
        if (c.getList("conflicts").isEmpty()) {
            assertThat(c.getString("verdict")).isEqualTo("time-separated");
        } else {
            assertThat(c.getList("conflicts.days", Integer.class)).allMatch(days -> days <= 30);
        }
    }

    @Test
    void aWiderMaxDaysApartMakesThePairAConflictAgain() {
        syrianFightersDeployed(60)
                .body("conflicts.find { it.lower == 'ria-novosti' && it.higher == 'sohr' }.days", equalTo(59))
                .body("timeSeparated.findAll { it.higher == 'sohr' && it.lower == 'ria-novosti' }", empty())
                .body("verdict", equalTo("conflicting")).body("maxDaysApart", equalTo(60));
    }

    private static io.restassured.response.ValidatableResponse syrianFightersDeployed(Integer maxDaysApart) {
        var request = anonymous().queryParam("subject", "syrian-fighters").queryParam("population", "military")
                .queryParam("metric", "deployed");
        if (maxDaysApart != null) {
            request.queryParam("maxDaysApart", maxDaysApart);
        }
        return request.get("/api/v1/comparisons").then().log().ifValidationFails().statusCode(200);
    }

    @Test
    void maxDaysApartMustBeAWholeNumberOfDaysFrom0To3650() {
        for (String bad : List.of("-1", "3651", "thirty", "1.5")) {
            anonymous().queryParam("subject", "armenia").queryParam("metric", "killed").queryParam("maxDaysApart", bad)
                    .get("/api/v1/comparisons").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("maxDaysApart"));
        }
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
