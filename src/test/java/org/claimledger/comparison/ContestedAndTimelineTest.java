package org.claimledger.comparison;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimledger.support.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ContestedAndTimelineTest {

    @Test
    void listsEveryMeasureWithTwoOrMoreSourcesConflictsFirstMostDisputedFirst() {
        List<String> verdicts = new ArrayList<>();
        List<Float> disagreements = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        String cursor = null;
        do {
            var request = anonymous().queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/comparisons/contested").then().statusCode(200).extract().jsonPath();
            verdicts.addAll(page.getList("items.verdict"));
            disagreements.addAll(page.getList("items.disagreement"));
            List<List> sources = page.getList("items.sources", List.class);
            sources.forEach(s -> assertThat(s).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates());
            measures.addAll(page.getList("items.comparison"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(measures).doesNotHaveDuplicates()
                .contains("/api/v1/comparisons?subject=armenia&population=military&metric=killed");
        int firstConsistent = verdicts.indexOf("consistent");
        assertThat(verdicts.subList(0, firstConsistent < 0 ? verdicts.size() : firstConsistent))
                .containsOnly("conflicting");
        List<Float> conflicting = disagreements.subList(0, firstConsistent < 0 ? verdicts.size() : firstConsistent)
                .stream().filter(d -> d != null).toList();
        assertThat(conflicting).isSortedAccordingTo((a, b) -> Float.compare(b, a));
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
