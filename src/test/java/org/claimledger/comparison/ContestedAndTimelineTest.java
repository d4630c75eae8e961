package org.claimledger.comparison;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimledger.support.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.claimledger.support.Api.contestedRanking;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@SuppressWarnings("unchecked")
class ContestedAndTimelineTest {

    @Test
    void listsOnlyMeasuresInDisputeSamePeriodConflictsFirstThenResidualsEachMostDisputedFirst() {
        List<Map<String, Object>> items = contestedRanking();

        List<String> verdicts = items.stream().map(i -> (String) i.get("verdict")).toList();
        assertThat(verdicts).containsOnly("conflicting", "residual-beyond-sources");
        int firstResidual = verdicts.indexOf("residual-beyond-sources");
        int conflicting = firstResidual < 0 ? verdicts.size() : firstResidual;
        assertThat(verdicts.subList(conflicting, verdicts.size())).containsOnly("residual-beyond-sources");
        assertThat(ratios(items.subList(0, conflicting))).isSortedAccordingTo(MOST_DISPUTED_FIRST);
        assertThat(ratios(items.subList(conflicting, items.size()))).isSortedAccordingTo(MOST_DISPUTED_FIRST);
        assertThat(items).extracting(i -> i.get("comparison")).doesNotHaveDuplicates()
                .contains("/api/v1/comparisons?subject=armenia&population=military&metric=killed");
        items.forEach(i -> assertThat((List<?>) i.get("sources")).doesNotHaveDuplicates().isNotEmpty());
    }

    @Test
    void theMostContestedMeasureIsADisagreementOfTheSamePeriodAndNoListedMeasureIsConsistent() {
        List<Map<String, Object>> items = contestedRanking();

        assertThat(items.get(0).get("verdict")).isEqualTo("conflicting");
        JsonPath top = anonymous().urlEncodingEnabled(false).get((String) items.get(0).get("comparison")).then()
                .statusCode(200).extract().jsonPath();
        assertThat(top.getList("conflicts")).as("a pair of figures of the same period").isNotEmpty();
        assertThat(top.getFloat("conflicts[0].ratio")).isEqualTo((Float) items.get(0).get("disagreement"));
        for (Map<String, Object> item : items) {
            String verdict = anonymous().urlEncodingEnabled(false).get((String) item.get("comparison")).then()
                    .statusCode(200).extract().path("verdict");
            assertThat(verdict).as((String) item.get("comparison")).isEqualTo(item.get("verdict"))
                    .isNotIn("consistent", "time-separated", "single");
        }
    }

    @Test
    void azerbaijaniMilitaryDeathsAreContestedByTheResidualTheBroader7630Leaves() {
        Map<String, Object> item = contestedRanking().stream().filter(i -> i.get("comparison")
                .equals("/api/v1/comparisons?subject=azerbaijan&population=military&metric=killed")).findFirst()
                .orElseThrow();
        assertThat((List<Object>) item.get("sources")).contains("az-gov");
        assertThat(item.get("verdict")).isIn("residual-beyond-sources", "conflicting");
        assertThat((String) item.get("summary")).contains("would have to number 4,790");
    }

    @Test
    void aMeasureJoinsTheListWhenASourceCountsThePartTheBroaderFigureAlsoCounts() {
        String subject = Api.createParty(Api.unique("subject"), null);
        String others = Api.createParty(Api.unique("fighters"), null);
        String narrow = Api.createSource(Api.unique("narrow"), "monitor", null);
        String wide = Api.createSource(Api.unique("wide"), "monitor", null);
        Api.createClaim(Api.claim(narrow, subject, 100));
        Map<String, Object> broader = Api.claim(wide, subject, 1000);
        broader.put("alsoCounts", List.of(others));
        Api.createClaim(broader);
        String link = "/api/v1/comparisons?subject=" + subject + "&population=military&metric=killed";

        anonymous().urlEncodingEnabled(false).get(link).then().statusCode(200)
                .body("verdict", equalTo("residual-uncounted"));
        assertThat(contestedRanking()).extracting(i -> i.get("comparison")).doesNotContain(link);

        Api.createClaim(Api.claim(narrow, others, 50));

        Map<String, Object> item = contestedRanking().stream().filter(i -> i.get("comparison").equals(link)).findFirst()
                .orElseThrow(() -> new AssertionError(link + " is not listed once its other part is counted"));
        assertThat(item.get("verdict")).isEqualTo("residual-beyond-sources");
        assertThat(item.get("disagreement")).isEqualTo(18.0f);
        assertThat((List<Object>) item.get("sources")).containsExactly(narrow, wide);
    }

    @Test
    void aCountThatCanFallDisagreesAcrossMonthsOutsideTheListAndWithinDaysInIt() {
        String subject = Api.createParty(Api.unique("deployed"), null);
        String early = Api.createSource(Api.unique("early"), "media", null);
        String late = Api.createSource(Api.unique("late"), "media", null);
        Api.createClaim(deployed(early, subject, 30, "2020-10-01"));
        Api.createClaim(deployed(late, subject, 300, "2020-12-01"));
        String link = "/api/v1/comparisons?subject=" + subject + "&population=military&metric=deployed";

        anonymous().urlEncodingEnabled(false).get(link).then().statusCode(200)
                .body("verdict", equalTo("time-separated")).body("timeSeparated[0].days", equalTo(61));
        assertThat(contestedRanking()).extracting(i -> i.get("comparison")).doesNotContain(link);

        String sameWeek = Api.createSource(Api.unique("same-week"), "media", null);
        Api.createClaim(deployed(sameWeek, subject, 300, "2020-10-05"));
        assertThat(contestedRanking()).filteredOn(i -> i.get("comparison").equals(link))
                .singleElement().satisfies(i -> assertThat(i.get("verdict")).isEqualTo("conflicting"));
    }

    private static Map<String, Object> deployed(String source, String subject, long n, String on) {
        Map<String, Object> claim = Api.claim(source, subject, n);
        claim.put("metric", "deployed");
        claim.put("category", "other");
        claim.put("statedOn", on);
        claim.put("statement", source + " says " + n + " of " + subject + " were deployed");
        return claim;
    }

    /** A null ratio (a positive count against zero) ranks first. */
    private static final java.util.Comparator<Float> MOST_DISPUTED_FIRST = java.util.Comparator.nullsFirst(
            java.util.Comparator.<Float>reverseOrder());

    private static List<Float> ratios(List<Map<String, Object>> items) {
        return items.stream().map(i -> (Float) i.get("disagreement")).toList();
    }

    @Test
    void theTimelineShowsEachSourcesFiguresInOrder() {
        anonymous().queryParam("subject", "syrian-fighters").queryParam("population", "military")
                .queryParam("metric", "killed").get("/api/v1/comparisons/timeline").then().statusCode(200)
                .body("series.source", hasItem("sohr"))
                .body("series.find { it.source == 'sohr' }.points.size()", greaterThanOrEqualTo(1))
                .body("series.find { it.source == 'sohr' }.points[-1].low", equalTo(541));
    }
}
