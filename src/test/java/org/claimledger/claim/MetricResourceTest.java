package org.claimledger.claim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.claimledger.support.Api.anonymous;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/** GET /api/v1/metrics: what a figure can count, and which counts only accumulate. */
@QuarkusTest
class MetricResourceTest {

    @Test
    void listsEveryMetricWithWhetherItAccumulatesAndWhatItMeans() {
        anonymous().get("/api/v1/metrics").then().statusCode(200)
                .body("metric", containsInAnyOrder(Arrays.stream(Metric.values()).map(Metric::wire).toArray()))
                .body("find { it.metric == 'killed' }.accumulates", equalTo(true))
                .body("find { it.metric == 'destroyed' }.accumulates", equalTo(true))
                .body("find { it.metric == 'deployed' }.accumulates", equalTo(false))
                .body("find { it.metric == 'displaced' }.accumulates", equalTo(false))
                .body("find { it.metric == 'missing' }.accumulates", equalTo(false))
                .body("find { it.metric == 'captured' }.accumulates", equalTo(false))
                .body("find { it.metric == 'killed' }.meaning", equalTo("people killed"))
                .body("meaning", everyItem(not(emptyOrNullString())));
    }
}
